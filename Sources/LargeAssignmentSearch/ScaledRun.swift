import GLPK

/// One scaled solve in progress: the phases of ``ScaledSolve`` and what they share (the
/// clock, the incumbent, the bound, the trace).
struct ScaledRun {
    /// The whole problem's GLPK model with the caller's names, for the branch-and-cut (nil:
    /// the problem's own model, as for a core problem).
    let linearModel: (() -> LinearModel)?
    let options: ScaledSolve.Options
    let problem: ScaleProblem
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    var incumbent: SearchState?
    var trace: [ScaledSolve.Outcome.Improvement] = []
    var lagrangianBound: Double?
    /// The multipliers of the best Lagrangian bound, for re-solves.
    var bestMultipliers: LagrangianRelaxation.Multipliers?
    var phaseEnds: [PhaseEnd] = []

    /// Records that `phase` ended now.
    mutating func mark(_ phase: SearchPhase) {
        phaseEnds.append(PhaseEnd(phase: phase, milliseconds: Int(elapsed * 1000)))
    }

    /// Where a core run or a re-solve starts: an assignment and the multipliers of the whole
    /// problem's relaxation (whose services and rows the core or re-solve shares).
    var warmStart: (hosts: [Int], multipliers: LagrangianRelaxation.Multipliers?)?
    /// Whether this is a core run (ends with its heuristics: no bound climb, no GLPK); a
    /// re-solve from a warm start is a whole problem and runs every phase.
    var isCore = false

    /// A run on the whole problem.
    init(problem: ScaleProblem, linearModel: (() -> LinearModel)?, options: ScaledSolve.Options) {
        self.linearModel = linearModel
        self.options = options
        self.problem = problem
        start = ContinuousClock.now
    }

    /// A run on `problem` alone (a core problem), from a feasible assignment.
    init(problem: ScaleProblem, options: ScaledSolve.Options, from hosts: [Int], multipliers: LagrangianRelaxation.Multipliers?) {
        linearModel = nil
        self.options = options
        self.problem = problem
        start = ContinuousClock.now
        warmStart = (hosts, multipliers)
        isCore = true
    }

    /// A run on a whole problem from an assignment and multipliers of a problem with the same
    /// columns and rows (a re-solve with some rows left out or moved): every phase runs, but
    /// the construction only when the assignment does not keep this problem's rows.
    init(
        problem: ScaleProblem, linearModel: (() -> LinearModel)?, options: ScaledSolve.Options, from hosts: [Int],
        multipliers: LagrangianRelaxation.Multipliers?
    ) {
        self.linearModel = linearModel
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
        // No limit: a budget by size.
        let budget = options.budget
        let milliseconds = min(
            budget.untimedMaximumMilliseconds, budget.untimedBaseMilliseconds + problem.columnCount / budget.untimedColumnsPerMillisecond)
        return start + .milliseconds(milliseconds)
    }

    /// `share` of the time from now to `end`, at most `maximum`, as a deadline.
    func budgetDeadline(share: Double, of end: ContinuousClock.Instant, atMost maximum: Duration) -> ContinuousClock.Instant {
        ContinuousClock.now + min((end - ContinuousClock.now) * share, maximum)
    }

    /// Records `state` as the incumbent when it is feasible and better.
    mutating func offer(_ state: SearchState, source: ScaledSolve.Outcome.Source, at seconds: Double? = nil) {
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

    /// Runs the phases in order, each while the gap is open: construction, the Lagrangian
    /// bound, iterated local search, column fixing, cores, the bound climb, pattern and
    /// neighbourhood search, and GLPK's branch-and-cut on what is left.
    mutating func solve() throws(GLPKError) -> ScaledSolve.Outcome {
        let solvable = !problem.options.contains(where: \.isEmpty)
        var fixed: [Bool] = []
        var knapsack = false
        if solvable {
            let deadline = heuristicDeadline
            construct(until: deadline)
            let relaxation = LagrangianRelaxation(problem)
            knapsack = relaxation.usesKnapsacks
            let dual = boundByRelaxation(relaxation, until: deadline)
            if dual.result.bound == -.infinity {
                return outcome(
                    proof: .none, bound: nil, infeasible: true, glpk: nil, fixed: 0, heuristicSeconds: elapsed, glpkSeconds: 0, knapsack: knapsack)
            }
            lagrangianBound = dual.result.bound.isFinite ? problem.rounded(bound: dual.result.bound) : nil
            bestMultipliers = dual.result.multipliers
            iterateLocalSearch(until: deadline)
            if closes(lagrangianBound) || !options.useGLPK { return heuristicOutcome(knapsack: knapsack) }
            // Fix columns that cannot be in a better assignment.
            let forced = dual.result.evaluation.map { relaxation.forcedInBounds($0) }
            fixed = tightenFixing(fixing(forced), multipliers: dual.result.multipliers, until: deadline)
            // Kernel search on the columns the relaxation keeps choosing.
            if options.coreSearch, !closes(lagrangianBound) {
                try searchCores(
                    frequency: dual.coreCount, visits: dual.coreVisits, fixed: fixed, multipliers: dual.result.multipliers, until: deadline)
                fixed = merged(fixed, fixing(forced))
            }
            // With the gap still open, prove the bound down towards the incumbent (after the
            // cores, which reach the optimum sooner when the bound is the optimum). Not in a
            // core run: its bound is only the core's.
            if !isCore, let evaluation = dual.result.evaluation, !closes(lagrangianBound) {
                let budget = options.budget
                let until = budgetDeadline(share: budget.boundClimbShare, of: finalDeadline ?? deadline, atMost: budget.boundClimbMaximum)
                try climbBound(relaxation: relaxation, evaluation: evaluation, until: until)
            }
            fixed = try searchNeighbourhoods(relaxation: relaxation, dual: dual.result, forced: forced, fixed: fixed, until: deadline)
            if closes(lagrangianBound) {
                return outcome(
                    proof: .optimal, bound: incumbent?.objective, infeasible: false, glpk: nil, fixed: 0, heuristicSeconds: elapsed,
                    glpkSeconds: 0, knapsack: knapsack)
            }
        }
        // A core run ends with its heuristics: GLPK's branch-and-cut is the whole problem's.
        if isCore { return heuristicOutcome(knapsack: knapsack) }
        return try branchAndCut(fixed: fixed, heuristicSeconds: elapsed, knapsack: knapsack)
    }

    /// Phase 1: the warm start, if any; regret construction, repair and local search.
    mutating func construct(until deadline: ContinuousClock.Instant) {
        if let warmStart {
            offer(SearchState(problem, hosts: warmStart.hosts), source: .start)
            // A re-solve starts from an optimum of a problem with more rules: construction
            // cannot beat it, so it runs only when that assignment does not keep these rules.
            if !isCore, incumbent != nil {
                mark(.construction)
                return
            }
        }
        if let hosts = ConstructionHeuristic.build(problem, desirability: problem.profit) {
            var state = SearchState(problem, hosts: hosts)
            if LocalSearch.repair(&state, until: deadline) {
                offer(state, source: .construction)
                LocalSearch.improve(&state, until: deadline)
                offer(state, source: .localSearch)
            }
        }
        mark(.construction)
    }

    /// Phase 2: the Lagrangian bound by subgradient search, with the Lagrangian heuristic;
    /// also counts how often each column is in a relaxed solution, for the core search.
    mutating func boundByRelaxation(
        _ relaxation: LagrangianRelaxation, until deadline: ContinuousClock.Instant
    ) -> (result: SubgradientSearch.Result, coreCount: [Int], coreVisits: Int) {
        var current = incumbent
        var found: [(SearchState, Double)] = []
        var coreCount = [Int](repeating: 0, count: problem.columnCount)
        var coreVisits = 0
        let began = start
        let budget = options.budget
        let result = SubgradientSearch(relaxation: relaxation).run(
            incumbent: &current, until: deadline, maxIterations: budget.subgradientIterations, start: warmStart?.multipliers,
            theta: warmStart?.multipliers == nil ? budget.coldStepFactor : budget.warmStepFactor,
            budget: budget,
            improved: { found.append(($0, (ContinuousClock.now - began).inSeconds)) },
            visited: { evaluation in
                for j in evaluation.chosen { coreCount[j] += 1 }
                coreVisits += 1
            })
        for (state, seconds) in found { offer(state, source: .lagrangian, at: seconds) }
        mark(.lagrangian(iterations: result.iterations))
        return (result, coreCount, coreVisits)
    }

    /// Phase 3: more local search from the incumbent while the gap is open.
    mutating func iterateLocalSearch(until deadline: ContinuousClock.Instant) {
        if let best = incumbent, !closes(lagrangianBound) {
            let target = (lagrangianBound ?? .infinity) - problem.improvementStep(at: best.objective) + 1e-9
            let budget = options.budget
            let share = budgetDeadline(share: budget.iteratedLocalSearchShare, of: deadline, atMost: budget.iteratedLocalSearchMaximum)
            let better = LocalSearch.iterate(from: best, until: share, seed: options.seed, stopAt: target)
            offer(better, source: .localSearch)
        }
        mark(.iteratedLocalSearch)
    }

    /// The columns no assignment better than the incumbent can use, by the relaxation's
    /// bounds with each column forced in (`forced`); never a column of the incumbent.
    func fixing(_ forced: [Double]?) -> [Bool] {
        guard let best = incumbent, let forced else { return [] }
        let threshold = best.objective + problem.improvementStep(at: best.objective)
        var inIncumbent = [Bool](repeating: false, count: problem.columnCount)
        for j in best.hosts { inIncumbent[j] = true }
        return (0..<problem.columnCount).map { !inIncumbent[$0] && forced[$0] < threshold }
    }

    /// The last phase before GLPK: re-optimises neighbourhoods with GLPK on the columns not
    /// fixed, in rounds: a better incumbent lets the bound fix more columns, and a round
    /// ends when that would remove a share of those left, so the next round searches a
    /// smaller space. With the bound close above the incumbent, the pattern search first
    /// decides exactly whether a better assignment exists (once per incumbent).
    ///
    /// - Returns: the columns fixed to 0 afterwards.
    mutating func searchNeighbourhoods(
        relaxation: LagrangianRelaxation, dual: SubgradientSearch.Result, forced: [Double]?, fixed start: [Bool],
        until deadline: ContinuousClock.Instant
    ) throws(GLPKError) -> [Bool] {
        var fixed = start
        let budget = options.budget
        let began = self.start
        var round: UInt64 = 0
        var patternsTriedAt = -Double.infinity
        while var state = incumbent, ContinuousClock.now < deadline, !closes(lagrangianBound) {
            let allowed = fixed.isEmpty ? [Bool](repeating: true, count: problem.columnCount) : fixed.map { !$0 }
            if let evaluation = dual.evaluation, state.objective > patternsTriedAt {
                patternsTriedAt = state.objective
                // Up to the whole solve's limit (this search is exact, so not bound by the
                // heuristics' share): with the bound far above, the patterns exceed their
                // limit within milliseconds anyway.
                let until = budgetDeadline(
                    share: budget.patternSearchShare, of: finalDeadline ?? deadline, atMost: budget.patternSearchMaximum)
                let target = state.objective + problem.improvementStep(at: state.objective)
                switch try PatternSearch(relaxation: relaxation, evaluation: evaluation).search(target: target, allowed: allowed, until: until) {
                case let .found(hosts):
                    offer(SearchState(problem, hosts: hosts), source: .patterns)
                    fixed = merged(fixed, fixing(forced))
                    mark(.patterns(.reached))
                    continue
                case .noneReaches:
                    lagrangianBound = state.objective
                    mark(.patterns(.noneReaches))
                    continue
                case .undecided:
                    mark(.patterns(.undecided))
                }
            }
            let allowedCount = allowed.count { $0 }
            var search = NeighbourhoodSearch(problem: problem, allowed: allowed)
            search.multipliers = dual.multipliers
            let target = (lagrangianBound ?? .infinity) - problem.improvementStep(at: state.objective) + 1e-9
            var found: [(SearchState, Double)] = []
            let problem = self.problem
            let oneIn = budget.roundEndsWhenFixingOneIn
            let patience = max(budget.neighbourhoodPatience, budget.neighbourhoodPatiencePerMunicipality * problem.municipalities.count)
            try search.run(
                &state, until: deadline, seed: options.seed &+ round, patience: patience, stopAt: target,
                improved: { better in
                    found.append((better, (ContinuousClock.now - began).inSeconds))
                    guard let forced else { return true }
                    let threshold = better.objective + problem.improvementStep(at: better.objective)
                    let fixable = (0..<problem.columnCount).count { allowed[$0] && forced[$0] < threshold }
                    return fixable * oneIn < allowedCount
                })
            for (state, seconds) in found { offer(state, source: .neighbourhood, at: seconds) }
            mark(.neighbourhoods(decidedBy: search.decidedBy))
            fixed = merged(fixed, fixing(forced))
            round += 1
            if found.isEmpty { break }
        }
        mark(.neighbourhoodSearch(rounds: Int(round)))
        return fixed
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
        return outcome(
            proof: proof, bound: bound, infeasible: false, glpk: nil, fixed: 0, heuristicSeconds: elapsed, glpkSeconds: 0, knapsack: knapsack)
    }

    func outcome(
        proof: ScaledSolve.Outcome.Proof, bound: Double?, infeasible: Bool, glpk: TerminationStatus?, fixed: Int,
        heuristicSeconds: Double, glpkSeconds: Double, knapsack: Bool
    ) -> ScaledSolve.Outcome {
        ScaledSolve.Outcome(
            hosts: incumbent?.hosts, objective: incumbent?.objective, bound: bound, lagrangianBound: lagrangianBound, proof: proof,
            infeasible: infeasible, glpkTermination: glpk, fixedColumns: fixed, columns: problem.columnCount, trace: trace,
            heuristicSeconds: heuristicSeconds, glpkSeconds: glpkSeconds, knapsackRelaxation: knapsack, phaseEnds: phaseEnds,
            dual: bestMultipliers.map(ScaledSolve.Dual.init))
    }
}
