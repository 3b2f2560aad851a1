internal import SplitMix

/// One chunk's copy of the `ValueTables` behind raw pointers, for the hot loop.
///
/// The drawn matrix is stored criterion-major, `v[j · m + a]`, so that the totals of all
/// alternatives accumulate in one vectorisable loop per criterion (see
/// `SMAAKernel.totals`).
///
/// Not `Sendable`: each chunk makes its own and deallocates it.
struct ValueDrawer {
    let cells: Int
    let uniforms: Int
    let discretes: Int
    /// base[cells] | uniformLow | uniformSpan | levels
    private let doubles: UnsafeMutablePointer<Double>
    /// uniformCell | discreteCell | discreteStart | discreteCount
    private let ints: UnsafeMutablePointer<Int>
    /// Whether every cell is uniform, so `uniformLow` and `uniformSpan` are m × n matrices.
    let isDenseUniform: Bool
    let uniformLow: UnsafeMutablePointer<Double>
    let uniformSpan: UnsafeMutablePointer<Double>
    private let levels: UnsafeMutablePointer<Double>
    private let uniformCell: UnsafeMutablePointer<Int>
    private let discreteCell: UnsafeMutablePointer<Int>
    private let discreteStart: UnsafeMutablePointer<Int>
    private let discreteCount: UnsafeMutablePointer<Int>

    init(_ tables: ValueTables) {
        let m = tables.alternatives
        let n = tables.criteria
        /// Row-major cell a · n + j → criterion-major j · m + a.
        func transposed(_ cell: Int) -> Int { (cell % n) * m + cell / n }
        cells = tables.base.count
        uniforms = tables.uniformCell.count
        discretes = tables.discreteCell.count
        isDenseUniform = tables.isDenseUniform
        doubles = .allocate(capacity: max(1, cells + 2 * uniforms + tables.levels.count))
        uniformLow = doubles + cells
        uniformSpan = uniformLow + uniforms
        levels = uniformSpan + uniforms
        ints = .allocate(capacity: max(1, uniforms + 3 * discretes))
        uniformCell = ints
        discreteCell = ints + uniforms
        discreteStart = discreteCell + discretes
        discreteCount = discreteStart + discretes
        for i in 0..<cells { doubles[transposed(i)] = tables.base[i] }
        for k in 0..<uniforms {
            uniformCell[k] = transposed(tables.uniformCell[k])
            uniformLow[k] = tables.uniformLow[k]
            uniformSpan[k] = tables.uniformSpan[k]
        }
        for k in 0..<discretes {
            discreteCell[k] = transposed(tables.discreteCell[k])
            discreteStart[k] = tables.discreteStart[k]
            discreteCount[k] = tables.discreteCount[k]
        }
        for k in tables.levels.indices { levels[k] = tables.levels[k] }
    }

    func deallocate() {
        doubles.deallocate()
        ints.deallocate()
    }

    /// Copies the base matrix (fixed values) into `v[0..<cells]`, criterion-major.
    func reset(_ v: UnsafeMutablePointer<Double>) {
        for i in 0..<cells { v[i] = doubles[i] }
    }

    /// Draws every uncertain cell into `v` (whose certain cells `reset` has set).
    @inline(__always)
    func fill(_ v: UnsafeMutablePointer<Double>, rng: inout SplitMix64) {
        var k = 0
        while k + 1 < uniforms {
            let (u0, u1) = rng.unitPair()
            v[uniformCell[k]] = uniformLow[k] + uniformSpan[k] * u0
            v[uniformCell[k + 1]] = uniformLow[k + 1] + uniformSpan[k + 1] * u1
            k += 2
        }
        if k < uniforms {
            v[uniformCell[k]] = uniformLow[k] + uniformSpan[k] * rng.unit()
        }
        for k in 0..<discretes {
            v[discreteCell[k]] = levels[discreteStart[k] + rng.index(below: discreteCount[k])]
        }
    }

    /// For a dense uniform matrix (`uniformLow` and `uniformSpan` then hold every cell in
    /// row-major order): draws the values and writes `totals[a] = Σⱼ w[j] · vₐⱼ`
    /// without storing them, two values per random number.
    @inline(__always)
    func drawTotals(_ totals: UnsafeMutablePointer<Double>, weights w: UnsafeMutablePointer<Double>, m: Int, n: Int, rng: inout SplitMix64) {
        for a in 0..<m {
            let low = uniformLow + a * n
            let span = uniformSpan + a * n
            var t = 0.0
            var j = 0
            while j + 1 < n {
                let (u0, u1) = rng.unitPair()
                t += w[j] * (low[j] + span[j] * u0)
                t += w[j + 1] * (low[j + 1] + span[j + 1] * u1)
                j += 2
            }
            if j < n { t += w[j] * (low[j] + span[j] * rng.unit()) }
            totals[a] = t
        }
    }
}
