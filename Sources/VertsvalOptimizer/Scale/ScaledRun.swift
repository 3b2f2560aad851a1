import GLPK

/// One scaled solve in progress: the phases of ``ScaledSolve`` and what they share (the
/// clock, the incumbent, the bound, the trace).
struct ScaledRun {
    /// The assignment model, for GLPK's branch-and-cut with the model's own names (nil for a
    /// core problem, whose model is built from `problem`).
    let model: AssignmentModel?
    let options: ScaledSolve.Options
    let problem: ScaleProblem
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    var incumbent: SearchState?
    var trace: [ScaledSolve.Outcome.Improvement] = []
    var lagrangianBound: Double?
    var phaseEnds: [String] = []

    mutating func mark(_ phase: String) {
        phaseEnds.append("\(phase) \(Int(elapsed * 1000)) ms")
    }

    /// Where a core run starts: an assignment and the multipliers of the whole problem's
    /// relaxation (whose services and rows the core shares).
    var warmStart: (hosts: [Int], multipliers: LagrangianRelaxation.Multipliers?)?

    init(model: AssignmentModel, options: ScaledSolve.Options) {
        self.model = model
        self.options = options
        problem = ScaleProblem(model)
        start = ContinuousClock.now
    }

    /// A run on `problem` alone (a core problem), from a feasible assignment.
    init(problem: ScaleProblem, options: ScaledSolve.Options, from hosts: [Int], multipliers: LagrangianRelaxation.Multipliers?) {
        model = nil
        self.options = options
        self.problem = problem
        start = ContinuousClock.now
        warmStart = (hosts, multipliers)
    }

    var elapsed: Double {
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }

    /// When the whole solve must end, if there is a limit.
    var finalDeadline: ContinuousClock.Instant? { options.timeLimit.map { start + $0 } }

    /// When the heuristic phases must end.
    var heuristicDeadline: ContinuousClock.Instant {
        if let limit = options.timeLimit {
            return start + limit * max(0.01, min(1, options.heuristicShare))
        }
        // No limit: a budget by size (1 ms + 0.2 ms per column, at most 3 s).
        let milliseconds = min(3000, 1 + problem.columnCount / 5)
        return start + .milliseconds(milliseconds)
    }

    /// Records `state` as the incumbent when it is feasible and better.
    mutating func offer(_ state: SearchState, source: String, at seconds: Double? = nil) {
        guard state.objective > (incumbent?.objective ?? -.infinity) + 1e-9, problem.isFeasible(state.hosts) else { return }
        var exact = state
        exact.recompute()
        incumbent = exact
        trace.append(.init(seconds: seconds ?? elapsed, objective: exact.objective, source: source))
    }

    /// An objective no assignment can exceed, known from outside (a core run's whole
    /// problem's bound): reaching it ends the run.
    var ceiling: Double?

    /// Whether the incumbent is proven optimal by `bound` (or reaches the ceiling).
    func closes(_ bound: Double?) -> Bool {
        guard let bound = [bound, ceiling].compactMap({ $0 }).min(), let incumbent else { return false }
        return bound - incumbent.objective < problem.improvementStep(at: incumbent.objective)
    }

    mutating func solve() throws(GLPKError) -> ScaledSolve.Outcome {
        let solvable = !problem.options.contains(where: \.isEmpty)
        var fixed: [Bool] = []
        var knapsack = false
        if solvable {
            let deadline = heuristicDeadline
            // 1. Construction + repair + local search.
            if let warmStart {
                offer(SearchState(problem, hosts: warmStart.hosts), source: "start")
            }
            if let hosts = ConstructionHeuristic.build(problem, desirability: problem.profit) {
                var state = SearchState(problem, hosts: hosts)
                if LocalSearch.repair(&state, until: deadline) {
                    offer(state, source: "construction")
                    LocalSearch.improve(&state, until: deadline)
                    offer(state, source: "local-search")
                }
            }
            mark("construction")
            // 2. Lagrangian bound, with the Lagrangian heuristic.
            let relaxation = LagrangianRelaxation(problem)
            knapsack = relaxation.usesKnapsacks
            var current = incumbent
            var found: [(SearchState, Double)] = []
            // How often each column is in a relaxed solution, for the core search.
            var coreCount = [Int](repeating: 0, count: problem.columnCount)
            var coreVisits = 0
            let began = start
            let result = SubgradientSearch(relaxation: relaxation).run(
                incumbent: &current, until: deadline, maxIterations: 3000, start: warmStart?.multipliers,
                theta: warmStart?.multipliers == nil ? 2 : 1, improved: { found.append(($0, (ContinuousClock.now - began).inSeconds)) },
                visited: { evaluation in
                    for j in evaluation.chosen { coreCount[j] += 1 }
                    coreVisits += 1
                })
            for (state, seconds) in found { offer(state, source: "lagrangian", at: seconds) }
            mark("lagrangian (\(result.iterations) iterations)")
            if result.bound == -.infinity {
                return outcome(proof: .none, bound: nil, infeasible: true, glpk: nil, fixed: 0, heuristicSeconds: elapsed, glpkSeconds: 0, knapsack: knapsack)
            }
            lagrangianBound = result.bound.isFinite ? problem.rounded(bound: result.bound) : nil
            // 3. More local search while the gap is open.
            if let best = incumbent, !closes(lagrangianBound) {
                let target = (lagrangianBound ?? .infinity) - problem.improvementStep(at: best.objective) + 1e-9
                let share = ContinuousClock.now + min((deadline - ContinuousClock.now) * 0.1, .milliseconds(300))
                let better = LocalSearch.iterate(from: best, until: share, seed: options.seed, stopAt: target)
                offer(better, source: "local-search")
            }
            mark("iterated local search")
            if closes(lagrangianBound) || !options.useGLPK { return heuristicOutcome(knapsack: knapsack) }
            // 4. Fix columns that cannot be in a better assignment; then re-optimise
            // neighbourhoods with GLPK (large-neighbourhood search) on the columns left.
            let forced = result.evaluation.map { relaxation.forcedInBounds($0) }
            func fixing() -> [Bool] {
                guard let best = incumbent, let forced else { return [] }
                let threshold = best.objective + problem.improvementStep(at: best.objective)
                var inIncumbent = [Bool](repeating: false, count: problem.columnCount)
                for j in best.hosts { inIncumbent[j] = true }
                return (0..<problem.columnCount).map { !inIncumbent[$0] && forced[$0] < threshold }
            }
            fixed = tightenFixing(fixing(), multipliers: result.multipliers, until: deadline)
            // Kernel search on the columns the relaxation keeps choosing.
            if options.coreSearch, !closes(lagrangianBound) {
                try searchCores(frequency: coreCount, visits: coreVisits, fixed: fixed, multipliers: result.multipliers, until: deadline)
                fixed = merged(fixed, fixing())
            }
            // With the gap still open, prove the bound down towards the incumbent (after the
            // cores, which reach the optimum sooner when the bound is the optimum: c10400).
            // Not in a core run: its bound is only the core's.
            if warmStart == nil, let evaluation = result.evaluation, !closes(lagrangianBound) {
                let end = finalDeadline ?? deadline
                try climbBound(relaxation: relaxation, evaluation: evaluation, until: ContinuousClock.now + min((end - ContinuousClock.now) * 0.5, .seconds(20)))
            }
            // Re-optimise neighbourhoods with GLPK on the columns left, in rounds: a better
            // incumbent lets the bound fix more columns, and a round ends when that would
            // remove a tenth of those left, so the next round searches a smaller space.
            var round: UInt64 = 0
            var patternsTriedAt = -Double.infinity
            while var state = incumbent, ContinuousClock.now < deadline, !closes(lagrangianBound) {
                let allowed = fixed.isEmpty ? [Bool](repeating: true, count: problem.columnCount) : fixed.map { !$0 }
                // With the bound close above the incumbent, decide exactly whether a better
                // assignment exists (once per incumbent).
                if let evaluation = result.evaluation, state.objective > patternsTriedAt {
                    patternsTriedAt = state.objective
                    // A tenth of the whole solve's time left, at most 5 s (this search is
                    // exact, so not bound by the heuristics' share): with the bound far
                    // above, the patterns exceed their limit within milliseconds anyway.
                    let end = finalDeadline ?? deadline
                    let budget = ContinuousClock.now + min((end - ContinuousClock.now) * 0.1, .seconds(5))
                    let target = state.objective + problem.improvementStep(at: state.objective)
                    switch try PatternSearch(relaxation: relaxation, evaluation: evaluation).search(target: target, allowed: allowed, until: budget) {
                    case let .found(hosts):
                        offer(SearchState(problem, hosts: hosts), source: "patterns")
                        fixed = merged(fixed, fixing())
                        mark("patterns: better")
                        continue
                    case .noneReaches:
                        lagrangianBound = state.objective
                        mark("patterns: none better")
                        continue
                    case .undecided:
                        mark("patterns: undecided")
                    }
                }
                let allowedCount = allowed.count { $0 }
                var search = NeighbourhoodSearch(problem: problem, allowed: allowed)
                search.multipliers = result.multipliers
                let target = (lagrangianBound ?? .infinity) - problem.improvementStep(at: state.objective) + 1e-9
                var found: [(SearchState, Double)] = []
                let problem = self.problem
                try search.run(
                    &state, until: deadline, seed: options.seed &+ round, patience: max(100, 10 * problem.municipalities.count), stopAt: target,
                    improved: { better in
                        found.append((better, (ContinuousClock.now - began).inSeconds))
                        guard let forced else { return true }
                        let threshold = better.objective + problem.improvementStep(at: better.objective)
                        let fixable = (0..<problem.columnCount).count { allowed[$0] && forced[$0] < threshold }
                        return fixable * 10 < allowedCount
                    })
                for (state, seconds) in found { offer(state, source: "neighbourhood", at: seconds) }
                mark("neighbourhoods decided by " + search.decidedBy.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
                fixed = merged(fixed, fixing())
                round += 1
                if found.isEmpty { break }
            }
            mark("neighbourhood search (\(round) rounds)")
            if closes(lagrangianBound) {
                return outcome(
                    proof: .optimal, bound: incumbent?.objective, infeasible: false, glpk: nil, fixed: 0, heuristicSeconds: elapsed,
                    glpkSeconds: 0, knapsack: knapsack)
            }
        }
        // A core run ends with its heuristics: GLPK's branch-and-cut is the whole problem's.
        if warmStart != nil { return heuristicOutcome(knapsack: knapsack) }
        return try branchAndCut(fixed: fixed, heuristicSeconds: elapsed, knapsack: knapsack)
    }

    /// The union of two fixings (both exclude only columns no better assignment uses),
    /// never fixing a column of the incumbent.
    func merged(_ a: [Bool], _ b: [Bool]) -> [Bool] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        var union = zip(a, b).map { $0 || $1 }
        for j in incumbent?.hosts ?? [] { union[j] = false }
        return union
    }

    /// The outcome of a run that ends with its heuristics (no GLPK): optimal when the
    /// Lagrangian bound closes the gap, otherwise the gap to it.
    func heuristicOutcome(knapsack: Bool) -> ScaledSolve.Outcome {
        var proof = ScaledSolve.Outcome.Proof.none
        var bound = lagrangianBound
        if closes(lagrangianBound) {
            proof = .optimal
            bound = incumbent?.objective
        } else if let lagrangianBound, let objective = incumbent?.objective {
            proof = .withinGap(ScaledSolve.Outcome.relativeGap(objective: objective, bound: lagrangianBound))
        }
        return outcome(proof: proof, bound: bound, infeasible: false, glpk: nil, fixed: 0, heuristicSeconds: elapsed, glpkSeconds: 0, knapsack: knapsack)
    }

    func outcome(
        proof: ScaledSolve.Outcome.Proof, bound: Double?, infeasible: Bool, glpk: TerminationStatus?, fixed: Int,
        heuristicSeconds: Double, glpkSeconds: Double, knapsack: Bool
    ) -> ScaledSolve.Outcome {
        ScaledSolve.Outcome(
            hosts: incumbent?.hosts, objective: incumbent?.objective, bound: bound, lagrangianBound: lagrangianBound, proof: proof,
            infeasible: infeasible, glpkTermination: glpk, fixedColumns: fixed, columns: problem.columnCount, trace: trace,
            heuristicSeconds: heuristicSeconds, glpkSeconds: glpkSeconds, knapsackRelaxation: knapsack, phaseEnds: phaseEnds)
    }
}
