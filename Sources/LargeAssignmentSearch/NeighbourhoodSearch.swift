import GLPK
internal import SplitMix

/// Large-neighbourhood search with GLPK inside: frees the services hosted at a few
/// municipalities, lets them move among those municipalities, and solves that small
/// assignment exactly with `glp_intopt` (every other service stays, and the rule rows'
/// bounds are shifted by its fixed load). An ejection chain of any length within the chosen
/// municipalities is one such move.
///
/// The municipalities are chosen around a random service: its host and its most valuable
/// other eligible municipalities, until enough columns are free.
struct NeighbourhoodSearch {
    let problem: ScaleProblem
    /// Columns that may be used (not fixed to 0 by the Lagrangian bound).
    let allowed: [Bool]
    /// The aimed-for number of free columns per sub-problem: chosen by measurement (README,
    /// "Scaling"), since more, faster rounds beat fewer large ones.
    var targetColumns = 150
    /// Multipliers of the whole problem's Lagrangian relaxation, to warm-start each
    /// neighbourhood's own relaxation (nil: solve every neighbourhood with GLPK directly).
    var multipliers: LagrangianRelaxation.Multipliers?
    /// How the neighbourhoods were decided (by the relaxation's bound, its heuristic, the
    /// pattern search, or GLPK), for the solve's phase notes.
    private(set) var decidedBy: [String: Int] = [:]

    /// Re-optimises neighbourhoods until the deadline, `maxRounds`, `patience` rounds
    /// without improvement, or the incumbent reaches `stopAt`.
    ///
    /// - Parameter improved: called with each better state; returning false ends the search.
    /// - Throws: ``GLPKError`` only for a sub-model GLPK must not be given (a defect).
    mutating func run(
        _ state: inout SearchState, until deadline: ContinuousClock.Instant, seed: UInt64, patience: Int, stopAt target: Double,
        improved: (SearchState) -> Bool
    ) throws(GLPKError) {
        var rng = SplitMix64(seed: seed ^ 0x5EED)
        let n = problem.serviceCount
        guard n > 1, problem.municipalities.count > 1 else { return }
        var idle = 0
        var repeats = 0
        // Neighbourhoods proven to hold no improvement, keyed by their municipalities and
        // how often each has changed since: solving one again would prove the same.
        var changes = [Int](repeating: 0, count: problem.municipalities.count)
        var proven = Set<[Int]>()
        while ContinuousClock.now < deadline, idle < patience, state.objective < target {
            var chosen: [Int] = []
            for _ in 0..<20 where chosen.count < 2 {
                chosen = neighbourhood(around: rng.integer(0...(n - 1)), in: state, columns: targetColumns, rng: &rng)
            }
            guard chosen.count > 1 else {
                idle += 1
                continue
            }
            let key = chosen.sorted().flatMap { [$0, changes[$0]] }
            if proven.contains(key) {
                // Seen and settled. After many such draws in a row, widen; when the
                // neighbourhoods cannot grow any more, this search is done.
                repeats += 1
                if repeats > 4 * patience {
                    guard targetColumns < 2000 else { return }
                    widen(&idle, patience: patience, force: true)
                    repeats = 0
                }
                continue
            }
            repeats = 0
            let remaining = deadline - ContinuousClock.now
            // Larger neighbourhoods get longer: 0.5 s per 150 columns, at most 3 s.
            let limit = min(.milliseconds(min(3000, 500 * targetColumns / 150)), remaining)
            guard limit > .milliseconds(5) else { break }
            switch try reoptimize(&state, municipalities: chosen, timeLimit: limit) {
            case .improved:
                idle = 0
                for m in chosen { changes[m] += 1 }
                if !improved(state) { return }
            case .noImprovement:
                proven.insert(key)
                idle += 1
                widen(&idle, patience: patience, force: false)
            case .undecided:
                idle += 1
                // Too large to decide in time: smaller ones next (a neighbourhood that times
                // out once mostly times out again).
                targetColumns = max(40, targetColumns * 4 / 5)
            }
        }
    }

    /// Stuck: widens the neighbourhoods (up to about 2000 columns) and starts counting again.
    private mutating func widen(_ idle: inout Int, patience: Int, force: Bool) {
        guard force || idle >= patience / 2, targetColumns < 2000 else { return }
        targetColumns *= 2
        idle = 0
    }

    /// What re-optimising one neighbourhood established.
    enum Reoptimized {
        /// The state improved.
        case improved
        /// Proven: no better re-assignment within the neighbourhood.
        case noImprovement
        /// Time ran out without a better re-assignment.
        case undecided
    }

    /// The municipalities around service `s`: its host, then its other eligible
    /// municipalities by profit (random ties), until about `targetColumns` columns are free.
    func neighbourhood(around s: Int, in state: SearchState, columns: Int, rng: inout SplitMix64) -> [Int] {
        var hostedCount = [Int](repeating: 0, count: problem.municipalities.count)
        for t in 0..<problem.serviceCount { hostedCount[problem.municipalityOfColumn[state.host(of: t)]] += 1 }
        var chosen = [problem.municipalityOfColumn[state.host(of: s)]]
        var candidates = problem.options[s].filter { allowed[$0] && $0 != state.host(of: s) }.map { problem.municipalityOfColumn[$0] }
        candidates.shuffle(using: &rng)
        // Prefer, mostly, the places the service is worth most at.
        if rng.uniform(0, 1) < 0.7 {
            candidates.sort { problem.profit[problem.column(s, at: $0) ?? 0] > problem.profit[problem.column(s, at: $1) ?? 0] }
        }
        var others = Array(0..<problem.municipalities.count).filter { m in m != chosen[0] && !candidates.contains(m) }
        others.shuffle(using: &rng)
        let density = Double(allowed.filter { $0 }.count) / Double(max(1, problem.columnCount))
        var services = hostedCount[chosen[0]]
        for m in candidates + others {
            chosen.append(m)
            services += hostedCount[m]
            if Double(services * chosen.count) * density >= Double(columns) { break }
        }
        return chosen
    }

    /// Solves the neighbourhood exactly (within `timeLimit`) and applies the result when
    /// it is better.
    ///
    mutating func reoptimize(_ state: inout SearchState, municipalities chosen: [Int], timeLimit: Duration) throws(GLPKError) -> Reoptimized {
        let began = ContinuousClock.now
        var inChosen = [Bool](repeating: false, count: problem.municipalities.count)
        for m in chosen { inChosen[m] = true }
        // First the neighbourhood's own Lagrangian relaxation (it decides most
        // three-municipality neighbourhoods far faster than GLPK, and its heuristic finds
        // improvements GLPK's sub-MIP misses); GLPK for the rest.
        var allowed = self.allowed
        if let multipliers {
            let deadline = ContinuousClock.now + timeLimit
            let decided = try decideByRelaxation(&state, inChosen: inChosen, multipliers: multipliers, allowed: &allowed, until: deadline)
            if let decided, decided != .undecided { return decided }
        }
        let remaining = timeLimit - (ContinuousClock.now - began)
        guard remaining > .milliseconds(5) else { return .undecided }
        decidedBy["GLPK", default: 0] += 1
        var freed: [Int] = []
        var columns: [[Int]] = []
        for s in 0..<problem.serviceCount where inChosen[problem.municipalityOfColumn[state.host(of: s)]] {
            let options = problem.options[s].filter { j in
                inChosen[problem.municipalityOfColumn[j]] && (allowed[j] || j == state.host(of: s))
            }
            guard options.count > 1 else { continue }
            freed.append(s)
            columns.append(options)
        }
        guard freed.count > 1 else { return .noImprovement }
        var model = LinearModel(name: "neighbourhood", objective: .maximize)
        var index: [Int: Int] = [:]
        var before = 0.0
        for (k, s) in freed.enumerated() {
            for j in columns[k] {
                index[j] = model.addColumn(Column(name: "x\(j)", kind: .binary, bounds: .between(0, 1), objectiveCoefficient: problem.profit[j]))
            }
            before += problem.profit[state.host(of: s)]
            model.addRow(Row(name: "a\(s)", bounds: .fixed(1), coefficients: columns[k].compactMap { j in index[j].map { ($0, 1.0) } }))
        }
        // Rule rows touching a free column, with the fixed services' load moved to the bounds.
        var rowTerms: [Int: [(Int, Double)]] = [:]
        var freedLoad: [Int: Double] = [:]
        for (k, s) in freed.enumerated() {
            let host = state.host(of: s)
            for e in problem.columnStart[host]..<problem.columnStart[host + 1] { freedLoad[problem.entryRow[e], default: 0] += problem.entryValue[e] }
            for j in columns[k] {
                guard let column = index[j] else { continue }
                for e in problem.columnStart[j]..<problem.columnStart[j + 1] {
                    rowTerms[problem.entryRow[e], default: []].append((column, problem.entryValue[e]))
                }
            }
        }
        for r in rowTerms.keys.sorted() {
            guard let terms = rowTerms[r] else { continue }
            guard let bounds = problem.bounds(ofRow: r, less: state.activity[r] - (freedLoad[r] ?? 0)) else { continue }
            model.addRow(Row(name: "r\(r)", bounds: bounds, coefficients: terms))
        }
        // Only better re-assignments: GLPK does not know the objective is integral, and the
        // cut-off row lets it prune nodes less than one step above the current value.
        let cutoff = before + problem.improvementStep(at: state.objective)
        model.addRow(
            Row(
                name: "cutoff", bounds: .atLeast(cutoff), coefficients: (0..<model.columns.count).map { ($0, model.columns[$0].objectiveCoefficient) }
            ))
        var options = SolveOptions(timeLimit: remaining, cuts: [.cover, .clique, .mixedIntegerRounding], branching: .pseudoCost)
        options.logLevel = .off
        let solution = try Solver.solve(model, options: options)
        guard solution.hasFeasiblePoint, let value = solution.objectiveValue, value > before + 1e-9 else {
            switch solution.termination {
            case .infeasible, .infeasibleOrUnbounded, .optimal: return .noImprovement
            default: return .undecided
            }
        }
        var candidate = state
        for (k, s) in freed.enumerated() {
            guard let j = columns[k].first(where: { index[$0].map { solution.columnValues[$0] > 0.5 } ?? false }) else { return .undecided }
            candidate.shift(s, to: j)
        }
        candidate.recompute()
        guard candidate.isFeasible, problem.isFeasible(candidate.hosts), candidate.objective > state.objective + 1e-9 else { return .undecided }
        state = candidate
        return .improved
    }

    /// Decides a neighbourhood by its own Lagrangian relaxation: the services hosted at the
    /// chosen municipalities may move among them, every other service keeps its host (a
    /// column of its own, so the relaxation takes its load off the band). The Lagrangian
    /// heuristic may find a better re-assignment, the bound may prove there is none, or
    /// the pattern search decides. Otherwise the columns the bound excludes are removed
    /// from `allowed` for the GLPK sub-model. Nil when the knapsack form does not apply.
    ///
    /// The subgradient search starts from the whole problem's multipliers, which are close
    /// for the services at stake.
    private mutating func decideByRelaxation(
        _ state: inout SearchState, inChosen: [Bool], multipliers: LagrangianRelaxation.Multipliers, allowed: inout [Bool],
        until deadline: ContinuousClock.Instant
    ) throws(GLPKError) -> Reoptimized? {
        var keep = [Bool](repeating: false, count: problem.columnCount)
        for s in 0..<problem.serviceCount {
            let host = state.host(of: s)
            keep[host] = true
            guard inChosen[problem.municipalityOfColumn[host]] else { continue }
            for j in problem.options[s] where allowed[j] && inChosen[problem.municipalityOfColumn[j]] { keep[j] = true }
        }
        let sub = ScaleProblem(restricting: problem, to: keep)
        let relaxation = LagrangianRelaxation(sub)
        guard relaxation.usesKnapsacks else { return nil }
        let current = SearchState(sub, hosts: sub.restricted(state.hosts))
        let target = state.objective + problem.improvementStep(at: state.objective)
        var incumbent: SearchState? = current
        let result = SubgradientSearch(relaxation: relaxation).run(
            incumbent: &incumbent, until: deadline, maxIterations: 300, start: multipliers, theta: 1, improved: { _ in })
        func apply(_ hosts: [Int]) -> Reoptimized {
            var candidate = SearchState(problem, hosts: hosts.map { sub.originalColumn[$0] })
            candidate.recompute()
            guard candidate.isFeasible, candidate.objective > state.objective + 1e-9 else { return .undecided }
            state = candidate
            return .improved
        }
        if let better = incumbent, better.objective >= target - 1e-9 {
            decidedBy["heuristic", default: 0] += 1
            return apply(better.hosts)
        }
        guard result.bound.isFinite else { return .undecided }
        if result.bound < target - 1e-9 * max(1, Swift.abs(target)) {
            decidedBy["bound", default: 0] += 1
            return .noImprovement
        }
        guard let evaluation = result.evaluation else { return .undecided }
        let forced = relaxation.forcedInBounds(evaluation)
        var subAllowed = [Bool](repeating: true, count: sub.columnCount)
        for k in 0..<sub.columnCount where forced[k] < target - 1e-9 && current.host(of: sub.serviceOfColumn[k]) != k {
            subAllowed[k] = false
            allowed[sub.originalColumn[k]] = false
        }
        switch try PatternSearch(relaxation: relaxation, evaluation: evaluation).search(target: target, allowed: subAllowed, until: deadline) {
        case let .found(hosts):
            decidedBy["patterns", default: 0] += 1
            return apply(hosts)
        case .noneReaches:
            decidedBy["patterns", default: 0] += 1
            return .noImprovement
        case .undecided:
            return .undecided
        }
    }
}
