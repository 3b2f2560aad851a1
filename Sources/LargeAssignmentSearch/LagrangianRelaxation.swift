/// A Lagrangian relaxation of the assignment model: an upper bound on the optimum for any
/// multipliers, and per-column bounds that fix columns no better assignment can use.
///
/// Two forms, chosen from the model's rows:
/// - **Knapsack form** (Fisher, Jaikumar and Van Wassenhove 1986; Ross and Soland 1975 for
///   the other form): when each municipality's FTE rows (balance band, FTE bounds) share one
///   set of weights that become integers after scaling by a small factor, those rows are
///   kept — one knapsack per municipality, with a lower and an upper load — and "one host
///   per service" is relaxed with a free multiplier per service. The bound is at least as
///   strong as the LP relaxation's and usually stronger. Each knapsack is solved exactly by
///   dynamic programming over integer loads.
/// - **Choice form**: otherwise every rule row is relaxed and each service takes its best
///   adjusted column; the bound equals the LP bound at the best multipliers.
///
/// Rows the knapsacks do not hold (service counts, co-location, separation, and FTE rows
/// whose weights differ) are relaxed with non-negative multipliers on each side.
/// Services with a single column (decided hosts) are fixed, and their load is taken off
/// their municipality's band.
struct LagrangianRelaxation {
    /// The multipliers: one per service (knapsack form) and two per relaxed row.
    struct Multipliers: Sendable {
        /// Per service; 0 in the choice form.
        var service: [Double]
        /// Per row, on its upper bound (≥ 0; 0 for rows the knapsacks hold).
        var upper: [Double]
        /// Per row, on its lower bound (≥ 0).
        var lower: [Double]
    }

    /// The relaxation's value for some multipliers, with the relaxed solution.
    struct Evaluation {
        /// The bound (−∞ when a knapsack cannot be filled: then the model is infeasible).
        var value: Double
        /// Chosen columns (a service may have none or several in the knapsack form).
        var chosen: [Int]
        /// Adjusted profit per column.
        var adjusted: [Double]
        /// Each knapsack's optimum (index: municipality).
        var knapsackValue: [Double]
        /// Each knapsack's DP table: the best adjusted profit per load (empty without one).
        var tables: [[Double]]
    }

    let problem: ScaleProblem
    /// Whether the knapsack form applies.
    let usesKnapsacks: Bool
    /// Per row: whether it is relaxed (not held by a knapsack).
    let isRelaxed: [Bool]
    /// Integer weight of each column in its municipality's knapsack (knapsack form).
    let weight: [Int]
    /// Per municipality: the load band in scaled integer units, after fixed services
    /// (lower ≤ 0 means none; upper `Int.max` means none).
    let lowerLoad: [Int]
    let upperLoad: [Int]
    /// Whether each municipality has a knapsack row.
    let hasKnapsack: [Bool]
    /// Per service: its single column if it has only one, else −1.
    let fixedColumn: [Int]
    /// Free columns per municipality.
    let freeColumns: [[Int]]
    /// Rows held by no knapsack that have a finite bound.
    let relaxedRows: [Int]

    /// The largest DP table (Σ columns × load range over municipalities) the knapsack form
    /// accepts before falling back to the choice form.
    static let tableBudget = 300_000_000

    /// Prepares the relaxation of `problem`; `knapsacks: false` forces the choice form.
    init(_ problem: ScaleProblem, knapsacks: Bool = true) {
        self.problem = problem
        let mCount = problem.municipalities.count
        var fixedColumn = [Int](repeating: -1, count: problem.serviceCount)
        for (s, options) in problem.options.enumerated() where options.count == 1 { fixedColumn[s] = options[0] }
        self.fixedColumn = fixedColumn

        // Rows whose terms all lie in one municipality, with non-negative weights, grouped.
        var rowsOf = [[Int]](repeating: [], count: mCount)
        for (r, terms) in problem.rowTerms.enumerated() {
            guard let first = terms.first else { continue }
            let m = problem.municipalityOfColumn[first.column]
            guard terms.allSatisfy({ problem.municipalityOfColumn[$0.column] == m && $0.value >= 0 }) else { continue }
            rowsOf[m].append(r)
        }
        var held = [Bool](repeating: false, count: problem.rowCount)
        var heldRowsOf = [[Int]](repeating: [], count: mCount)
        for m in 0..<mCount where !rowsOf[m].isEmpty {
            // Prefer a group with weights other than 1 (FTE rows over count rows).
            func key(_ r: Int) -> [Double] {
                var w = [Double](repeating: 0, count: 0)
                for term in problem.rowTerms[r].sorted(by: { $0.column < $1.column }) {
                    w.append(Double(term.column))
                    w.append(term.value)
                }
                return w
            }
            let lead = rowsOf[m].first { r in problem.rowTerms[r].contains { $0.value != 1 } } ?? rowsOf[m][0]
            let leadKey = key(lead)
            for r in rowsOf[m] where key(r) == leadKey {
                held[r] = true
                heldRowsOf[m].append(r)
            }
        }
        // Integer weights by a small scale factor.
        var scale: Double?
        for factor in [1.0, 2, 4, 5, 10, 20, 50, 100] {
            let integral = problem.rowTerms.indices.filter { held[$0] }.allSatisfy { r in
                problem.rowTerms[r].allSatisfy { term in
                    let x = term.value * factor
                    return Swift.abs(x - x.rounded()) < 1e-9 * max(1, x)
                }
            }
            if integral {
                scale = factor
                break
            }
        }
        var weight = [Int](repeating: 0, count: problem.columnCount)
        var lowerLoad = [Int](repeating: 0, count: mCount)
        var upperLoad = [Int](repeating: Int.max, count: mCount)
        var hasKnapsack = [Bool](repeating: false, count: mCount)
        var freeColumns = [[Int]](repeating: [], count: mCount)
        for j in 0..<problem.columnCount where fixedColumn[problem.serviceOfColumn[j]] < 0 {
            freeColumns[problem.municipalityOfColumn[j]].append(j)
        }
        var usable = knapsacks && scale != nil
        if usable, let scale {
            var table = 0.0
            for m in 0..<mCount where !heldRowsOf[m].isEmpty {
                hasKnapsack[m] = true
                var lower = -Double.infinity
                var upper = Double.infinity
                for r in heldRowsOf[m] {
                    lower = max(lower, problem.rowLower[r])
                    upper = min(upper, problem.rowUpper[r])
                }
                for term in problem.rowTerms[heldRowsOf[m][0]] {
                    weight[term.column] = Int((term.value * scale).rounded())
                }
                var fixedLoad = 0
                for (s, j) in fixedColumn.enumerated() where j >= 0 && problem.municipalityOfColumn[j] == m {
                    _ = s
                    fixedLoad += weight[j]
                }
                let total = freeColumns[m].reduce(0) { $0 + weight[$1] }
                lowerLoad[m] = lower.isFinite ? Int((lower * scale - 1e-7 * max(1, Swift.abs(lower * scale))).rounded(.up)) - fixedLoad : Int.min / 4
                if upper.isFinite {
                    let scaled = upper * scale + 1e-7 * max(1, Swift.abs(upper * scale))
                    upperLoad[m] = scaled > Double(Int.max / 4) ? Int.max : Int(scaled.rounded(.down)) - fixedLoad
                }
                let range = min(upperLoad[m] == Int.max ? total : upperLoad[m], total)
                table += Double(freeColumns[m].count) * Double(max(0, range) + 1)
            }
            if table > Double(Self.tableBudget) { usable = false }
        }
        usesKnapsacks = usable
        if !usable {
            held = [Bool](repeating: false, count: problem.rowCount)
            hasKnapsack = [Bool](repeating: false, count: mCount)
        }
        isRelaxed = held.map { !$0 }
        self.weight = weight
        self.lowerLoad = lowerLoad
        self.upperLoad = upperLoad
        self.hasKnapsack = hasKnapsack
        self.freeColumns = freeColumns
        relaxedRows = problem.rowTerms.indices.filter { !held[$0] && (problem.rowLower[$0].isFinite || problem.rowUpper[$0].isFinite) }
    }

    /// Starting multipliers: each service's second-best profit (knapsack form), zero on rows.
    func initialMultipliers() -> Multipliers {
        var service = [Double](repeating: 0, count: problem.serviceCount)
        if usesKnapsacks {
            for (s, options) in problem.options.enumerated() where fixedColumn[s] < 0 {
                let sorted = options.map { problem.profit[$0] }.sorted(by: >)
                service[s] = sorted.count > 1 ? sorted[1] : (sorted.first ?? 0)
            }
        }
        let zeros = [Double](repeating: 0, count: problem.rowCount)
        return Multipliers(service: service, upper: zeros, lower: zeros)
    }

    /// The adjusted profit of every column under `multipliers`.
    func adjustedProfits(_ multipliers: Multipliers) -> [Double] {
        var adjusted = problem.profit
        for j in 0..<problem.columnCount {
            let s = problem.serviceOfColumn[j]
            if fixedColumn[s] < 0 { adjusted[j] -= multipliers.service[s] }
            for e in problem.columnStart[j]..<problem.columnStart[j + 1] {
                let r = problem.entryRow[e]
                guard isRelaxed[r] else { continue }
                adjusted[j] -= (multipliers.upper[r] - multipliers.lower[r]) * problem.entryValue[e]
            }
        }
        return adjusted
    }

    /// The relaxation's value and solution for `multipliers`.
    ///
    /// - Complexity: O(Σ over municipalities of columns × load range) in the knapsack form,
    ///   O(columns + non-zeros) in the choice form.
    func evaluate(_ multipliers: Multipliers) -> Evaluation {
        let adjusted = adjustedProfits(multipliers)
        var value = 0.0
        for r in relaxedRows {
            if problem.rowUpper[r].isFinite { value += multipliers.upper[r] * problem.rowUpper[r] }
            if problem.rowLower[r].isFinite { value -= multipliers.lower[r] * problem.rowLower[r] }
        }
        var chosen: [Int] = []
        for (s, j) in fixedColumn.enumerated() where j >= 0 {
            _ = s
            value += adjusted[j]
            chosen.append(j)
        }
        let mCount = problem.municipalities.count
        var knapsackValue = [Double](repeating: 0, count: mCount)
        var tables: [[Double]] = []
        if usesKnapsacks {
            for s in 0..<problem.serviceCount where fixedColumn[s] < 0 { value += multipliers.service[s] }
            var keep: [Bool] = []
            for m in 0..<mCount {
                var table: [Double] = []
                let z = solveKnapsack(m, adjusted: adjusted, chosen: &chosen, keep: &keep, table: &table)
                knapsackValue[m] = z
                value += z
                tables.append(table)
            }
        } else {
            for (s, options) in problem.options.enumerated() where fixedColumn[s] < 0 {
                guard let best = options.max(by: { adjusted[$0] < adjusted[$1] }) else {
                    value = -.infinity
                    continue
                }
                value += adjusted[best]
                chosen.append(best)
            }
        }
        return Evaluation(value: value, chosen: chosen, adjusted: adjusted, knapsackValue: knapsackValue, tables: tables)
    }

    /// Solves municipality `m`'s knapsack; appends its chosen columns and returns its value
    /// (−∞ when its band cannot be met).
    private func solveKnapsack(_ m: Int, adjusted: [Double], chosen: inout [Int], keep: inout [Bool], table: inout [Double]) -> Double {
        let exact = hasKnapsack[m] && lowerLoad[m] > 0
        let items = exact ? freeColumns[m] : freeColumns[m].filter { adjusted[$0] > 1e-12 }
        guard hasKnapsack[m] else {
            chosen.append(contentsOf: items)
            return items.reduce(0) { $0 + adjusted[$1] }
        }
        let total = items.reduce(0) { $0 + weight[$1] }
        let capacity = min(upperLoad[m], total)
        guard capacity >= 0, capacity >= lowerLoad[m] || !exact else {
            table = []
            return -.infinity
        }
        let width = capacity + 1
        table = [Double](repeating: exact ? -.infinity : 0, count: width)
        table[0] = 0
        if keep.count < items.count * width { keep = [Bool](repeating: false, count: items.count * width) }
        table.withUnsafeMutableBufferPointer { f in
            keep.withUnsafeMutableBufferPointer { k in
                for (i, j) in items.enumerated() {
                    let w = weight[j]
                    let p = adjusted[j]
                    let base = i * width
                    if w > capacity {
                        for c in 0..<width { k[base + c] = false }
                        continue
                    }
                    for c in 0..<w { k[base + c] = false }
                    var c = capacity
                    while c >= w {
                        let candidate = f[c - w] + p
                        if candidate > f[c] {
                            f[c] = candidate
                            k[base + c] = true
                        } else {
                            k[base + c] = false
                        }
                        c -= 1
                    }
                }
            }
        }
        var at = capacity
        if exact {
            var best = -Double.infinity
            var bestAt = -1
            for c in max(0, lowerLoad[m])...capacity where table[c] > best {
                best = table[c]
                bestAt = c
            }
            guard bestAt >= 0, best > -.infinity else { return -.infinity }
            at = bestAt
        }
        let z = table[at]
        for i in stride(from: items.count - 1, through: 0, by: -1) where keep[i * width + at] {
            chosen.append(items[i])
            at -= weight[items[i]]
        }
        return z
    }

    /// For each column, an upper bound on the optimum when that column is forced to 1,
    /// from an evaluation and its DP tables; used to fix columns to 0.
    ///
    /// - Complexity: O(columns × load range) in the knapsack form, O(columns) otherwise.
    func forcedInBounds(_ evaluation: Evaluation) -> [Double] {
        let tables = evaluation.tables
        var bound = [Double](repeating: evaluation.value, count: problem.columnCount)
        var isChosen = [Bool](repeating: false, count: problem.columnCount)
        for j in evaluation.chosen { isChosen[j] = true }
        let adjusted = evaluation.adjusted
        if usesKnapsacks {
            for m in 0..<problem.municipalities.count {
                let z = evaluation.knapsackValue[m]
                for j in freeColumns[m] where !isChosen[j] {
                    guard hasKnapsack[m] else {
                        bound[j] = evaluation.value + min(0, adjusted[j])
                        continue
                    }
                    let table = tables[m]
                    let w = weight[j]
                    let high = min(table.count - 1, upperLoad[m] == Int.max ? table.count - 1 : upperLoad[m] - w)
                    let low = max(0, lowerLoad[m] - w)
                    var best = -Double.infinity
                    if high >= low {
                        for c in low...high where table[c] > best { best = table[c] }
                    }
                    bound[j] = evaluation.value - z + adjusted[j] + best
                }
            }
        } else {
            var best = [Double](repeating: -.infinity, count: problem.serviceCount)
            for j in 0..<problem.columnCount { best[problem.serviceOfColumn[j]] = max(best[problem.serviceOfColumn[j]], adjusted[j]) }
            for j in 0..<problem.columnCount where fixedColumn[problem.serviceOfColumn[j]] < 0 {
                bound[j] = evaluation.value - (best[problem.serviceOfColumn[j]] - adjusted[j])
            }
        }
        return bound
    }
}
