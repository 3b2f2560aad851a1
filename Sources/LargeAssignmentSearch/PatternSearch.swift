import GLPK

/// An exact search for an assignment at least as good as a target, for when the
/// Lagrangian bound lies close above it.
///
/// In the knapsack relaxation every assignment `x` has objective ≤ L − Σ over
/// municipalities of `loss_m(x)`, where L is the relaxation's value and `loss_m(x)` how far
/// the services `x` places at m fall short of m's optimal knapsack (on adjusted profits).
/// An assignment reaching `target` therefore uses at every municipality a set of services
/// (a pattern) within δ = L − target of that optimum. With δ small there are few such
/// patterns; they are enumerated by depth-first search with a knapsack bound, and GLPK
/// chooses one pattern per municipality so that every service is placed exactly once
/// (a set-partitioning model, whose relaxation is much tighter than the assignment
/// model's). When that model has no solution, no assignment reaches the target: a proof.
///
/// This is the dual side of the "core problem" idea in exact GAP codes (Posta, Ferland
/// and Michelon 2012 fix variables by a target; Savelsbergh 1997 branches on patterns).
struct PatternSearch {
    /// What the search established.
    enum Result {
        /// An assignment (host column per service) reaching the target.
        case found([Int])
        /// Proven: no assignment reaches the target.
        case noneReaches
        /// Not decided: too many patterns, or GLPK's time ran out.
        case undecided
    }

    let relaxation: LagrangianRelaxation
    let evaluation: LagrangianRelaxation.Evaluation
    /// The most patterns to enumerate before giving up.
    var maxPatterns = 20_000
    /// The largest knapsack bound table (items × load range) per municipality.
    static let tableLimit = 8_000_000

    /// Searches for an assignment with objective ≥ `target` that uses only `allowed`
    /// columns (every column an assignment reaching the target can use).
    ///
    /// - Throws: ``GLPKError`` only for a model GLPK must not be given (a defect).
    func search(target: Double, allowed: [Bool], until deadline: ContinuousClock.Instant) throws(GLPKError) -> Result {
        let problem = relaxation.problem
        guard relaxation.usesKnapsacks else { return .undecided }
        let slack = evaluation.value - target
        if slack < -1e-9 * max(1, Swift.abs(target)) { return .noneReaches }
        let tolerance = max(0, slack) + 1e-7 * max(1, Swift.abs(evaluation.value))
        var patterns: [[Int]] = []
        var patternsOf: [[Int]] = []
        for m in 0..<problem.municipalities.count {
            let items = relaxation.freeColumns[m].filter { allowed[$0] }
            if !relaxation.hasKnapsack[m], !items.isEmpty { return .undecided }
            let floor = evaluation.knapsackValue[m] - tolerance
            var mine: [Int] = []
            guard enumerate(m, items: items, floor: floor, into: &patterns, indices: &mine, deadline: deadline) else { return .undecided }
            patternsOf.append(mine)
        }
        if patternsOf.contains(where: \.isEmpty) { return .noneReaches }
        return try choose(patterns: patterns, patternsOf: patternsOf, target: target, deadline: deadline)
    }

    /// Appends every subset of `items` that fits municipality `m`'s load band and whose
    /// adjusted profit is at least `floor`.
    ///
    /// - Returns: false when the pattern limit or the deadline is reached.
    private func enumerate(
        _ m: Int, items unsorted: [Int], floor: Double, into patterns: inout [[Int]], indices: inout [Int],
        deadline: ContinuousClock.Instant
    ) -> Bool {
        let adjusted = evaluation.adjusted
        let weight = relaxation.weight
        let items = unsorted.sorted {
            adjusted[$0] * Double(max(1, weight[$1])) > adjusted[$1] * Double(max(1, weight[$0]))
        }
        let total = items.reduce(0) { $0 + weight[$1] }
        let upper = relaxation.upperLoad[m]
        let capacity = min(upper == Int.max ? total : upper, total)
        let lower = relaxation.lowerLoad[m]
        guard capacity >= 0 else { return true }
        // The bound table must stay small (national instances with fine FTE steps would
        // need gigabytes); without it the search cannot decide.
        guard (items.count + 1) * (capacity + 1) <= Self.tableLimit else { return false }
        // best[i][c]: the most adjusted profit from items i… within load c (an upper bound,
        // ignoring the lower band).
        let width = capacity + 1
        var best = [Double](repeating: 0, count: (items.count + 1) * width)
        for i in stride(from: items.count - 1, through: 0, by: -1) {
            let w = weight[items[i]]
            let p = adjusted[items[i]]
            for c in 0..<width {
                var value = best[(i + 1) * width + c]
                if w <= c { value = max(value, p + best[(i + 1) * width + c - w]) }
                best[i * width + c] = value
            }
        }
        var chosen: [Int] = []
        var nodes = 0
        var exhausted = false
        func visit(_ i: Int, load: Int, value: Double) {
            if exhausted { return }
            nodes += 1
            if nodes & 4095 == 0, ContinuousClock.now > deadline {
                exhausted = true
                return
            }
            guard value + best[i * width + (capacity - load)] >= floor else { return }
            if i == items.count {
                guard load >= lower else { return }
                if patterns.count >= maxPatterns {
                    exhausted = true
                    return
                }
                indices.append(patterns.count)
                patterns.append(chosen)
                return
            }
            let j = items[i]
            if load + weight[j] <= capacity {
                chosen.append(j)
                visit(i + 1, load: load + weight[j], value: value + adjusted[j])
                chosen.removeLast()
            }
            visit(i + 1, load: load, value: value)
        }
        visit(0, load: 0, value: 0)
        return !exhausted
    }

    /// Chooses one pattern per municipality covering every service once, with GLPK.
    private func choose(patterns: [[Int]], patternsOf: [[Int]], target: Double, deadline: ContinuousClock.Instant) throws(GLPKError) -> Result {
        let problem = relaxation.problem
        var model = LinearModel(name: "patterns", objective: .maximize)
        var fixedProfit = 0.0
        var fixedActivity = [Double](repeating: 0, count: problem.rowCount)
        for j in relaxation.fixedColumn where j >= 0 {
            fixedProfit += problem.profit[j]
            for e in problem.columnStart[j]..<problem.columnStart[j + 1] { fixedActivity[problem.entryRow[e]] += problem.entryValue[e] }
        }
        var coverRows = [[(Int, Double)]](repeating: [], count: problem.serviceCount)
        var ruleTerms = [Int: [(Int, Double)]]()
        var isRelaxed = [Bool](repeating: false, count: problem.rowCount)
        for r in relaxation.relaxedRows { isRelaxed[r] = true }
        var objectiveTerms: [(Int, Double)] = []
        for (p, pattern) in patterns.enumerated() {
            let profit = pattern.reduce(0) { $0 + problem.profit[$1] }
            let column = model.addColumn(Column(name: "p\(p)", kind: .binary, bounds: .between(0, 1), objectiveCoefficient: profit))
            objectiveTerms.append((column, profit))
            var load: [Int: Double] = [:]
            for j in pattern {
                coverRows[problem.serviceOfColumn[j]].append((column, 1))
                for e in problem.columnStart[j]..<problem.columnStart[j + 1] where isRelaxed[problem.entryRow[e]] {
                    load[problem.entryRow[e], default: 0] += problem.entryValue[e]
                }
            }
            for (r, value) in load.sorted(by: { $0.key < $1.key }) { ruleTerms[r, default: []].append((column, value)) }
        }
        for s in 0..<problem.serviceCount where relaxation.fixedColumn[s] < 0 {
            model.addRow(Row(name: "s\(s)", bounds: .fixed(1), coefficients: coverRows[s]))
        }
        for (m, mine) in patternsOf.enumerated() {
            model.addRow(Row(name: "m\(m)", bounds: .fixed(1), coefficients: mine.map { ($0, 1.0) }))
        }
        for r in relaxation.relaxedRows {
            guard let bounds = problem.bounds(ofRow: r, less: fixedActivity[r]) else { continue }
            model.addRow(Row(name: "r\(r)", bounds: bounds, coefficients: ruleTerms[r] ?? []))
        }
        model.addRow(Row(name: "target", bounds: .atLeast(target - fixedProfit), coefficients: objectiveTerms))
        let remaining = deadline - ContinuousClock.now
        guard remaining > .milliseconds(5) else { return .undecided }
        // Clique cuts with most-fractional branching: measured best on these set-partitioning
        // models (pseudo-cost branching is far slower on them).
        var options = SolveOptions(timeLimit: remaining, cuts: [.clique], branching: .mostFractional)
        options.logLevel = .off
        let solution = try Solver.solve(model, options: options)
        switch solution.termination {
        case .infeasible, .infeasibleOrUnbounded:
            return .noneReaches
        default:
            guard solution.hasFeasiblePoint else { return .undecided }
            var hosts = relaxation.fixedColumn
            for (p, pattern) in patterns.enumerated() where solution.columnValues[p] > 0.5 {
                for j in pattern { hosts[problem.serviceOfColumn[j]] = j }
            }
            guard !hosts.contains(-1), problem.isFeasible(hosts), problem.objective(hosts) >= target - 1e-12 * max(1, Swift.abs(target)) else {
                return .undecided
            }
            return .found(hosts)
        }
    }
}
