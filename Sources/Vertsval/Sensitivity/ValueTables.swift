/// The value matrix of an `SMAAProblem`, flattened for sampling: a base matrix plus lists
/// of the uncertain cells.
///
/// Cell `a · n + j` is alternative a on criterion j. The base holds each fixed value and
/// the low end of each uniform interval; a draw overwrites only the uncertain cells.
/// A uniform interval of width 0 or a discrete list of equal values counts as fixed and
/// consumes no random numbers.
struct ValueTables: Sendable {
    let alternatives: Int
    let criteria: Int
    private(set) var base: [Double] = []
    private(set) var uniformCell: [Int] = []
    private(set) var uniformLow: [Double] = []
    private(set) var uniformSpan: [Double] = []
    private(set) var discreteCell: [Int] = []
    private(set) var discreteStart: [Int] = []
    private(set) var discreteCount: [Int] = []
    private(set) var levels: [Double] = []

    /// Whether every cell is a proper uniform interval, in cell order.
    var isDenseUniform: Bool { discreteCell.isEmpty && uniformCell.count == base.count }

    /// Whether every value is certain.
    var isCertain: Bool { uniformCell.isEmpty && discreteCell.isEmpty }

    /// Flattens `values`, checked by `SMAAProblem.validate()`.
    init(_ values: [[ValueDistribution]], criteria: Int) {
        alternatives = values.count
        self.criteria = criteria
        base = [Double](repeating: 0, count: alternatives * criteria)
        for (a, row) in values.enumerated() {
            for (j, distribution) in row.enumerated() where j < criteria {
                let cell = a * criteria + j
                switch distribution {
                case let .fixed(value):
                    base[cell] = value
                case let .uniform(low, high):
                    base[cell] = low
                    if high > low {
                        uniformCell.append(cell)
                        uniformLow.append(low)
                        uniformSpan.append(high - low)
                    }
                case let .discrete(list):
                    base[cell] = list.first ?? 0
                    if list.contains(where: { $0 != list.first }) {
                        discreteCell.append(cell)
                        discreteStart.append(levels.count)
                        discreteCount.append(list.count)
                        levels += list
                    }
                }
            }
        }
    }
}

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
