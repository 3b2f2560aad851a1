import GLPK

extension ScaledRun {
    /// Runs GLPK's branch-and-cut on the model with the `fixed` columns at 0 and the
    /// incumbent cut off: rounds, repairs and improves node relaxations now and then, and
    /// stops as soon as the incumbent meets the Lagrangian bound.
    mutating func branchAndCut(fixed: [Bool], heuristicSeconds: Double, knapsack: Bool) throws(GLPKError) -> ScaledSolve.Outcome {
        let problem = self.problem
        var linear = linearModel?() ?? problem.linearModel()
        var fixedCount = 0
        for (j, isFixed) in fixed.enumerated() where isFixed {
            linear.columns[j].bounds = .fixed(0)
            fixedCount += 1
        }
        // Objective cut-off: only assignments better than the incumbent by at least the
        // improvement step remain. GLPK does not know that the objective is integral, so
        // without this row it keeps exploring nodes whose bound lies less than 1 above the
        // incumbent; with it those nodes are infeasible and pruned, and "infeasible" proves
        // the incumbent optimal.
        if let incumbent {
            let cutoff = incumbent.objective + problem.improvementStep(at: incumbent.objective)
            let free = (0..<problem.columnCount).filter { (fixed.isEmpty || !fixed[$0]) && problem.profit[$0] != 0 }
            linear.addRow(Row(name: "objective_cutoff", bounds: .atLeast(cutoff), coefficients: free.map { ($0, problem.profit[$0]) }))
        }
        let budget = options.budget
        var glpkOptions = options.branchAndCut
        glpkOptions.presolve = false
        if let deadline = finalDeadline {
            let remaining = deadline - ContinuousClock.now
            glpkOptions.timeLimit = max(budget.branchAndCutMinimumTime, remaining)
        } else {
            glpkOptions.timeLimit = nil
        }
        let glpkStart = ContinuousClock.now
        var heuristicCalls = 0
        var lastRounding = ContinuousClock.now
        var best = incumbent?.objective ?? -.infinity
        var found: [(SearchState, Double)] = []
        var glpkFound: [(Double, Double)] = []
        let lagrangian = lagrangianBound
        let startInstant = start
        func seconds() -> Double {
            let (s, a) = (ContinuousClock.now - startInstant).components
            return Double(s) + Double(a) * 1e-18
        }
        let solution = try Solver.solve(linear, options: glpkOptions) { search in
            if let value = search.incumbentObjective, value > best + 1e-9 {
                best = value
                glpkFound.append((seconds(), value))
            }
            if search.event == .heuristic {
                heuristicCalls += 1
                // The incumbent is cut off by design; propose roundings of node relaxations.
                if heuristicCalls % budget.roundingEveryCalls == 1 || ContinuousClock.now - lastRounding > budget.roundingInterval,
                    let values = search.relaxationValues
                {
                    lastRounding = ContinuousClock.now
                    if let state = Self.rounded(values, problem: problem, budget: budget.roundingTime),
                        state.objective > best + 1e-9
                    {
                        if case .accepted = search.proposeSolution(problem.columnValues(state.hosts)) {
                            best = state.objective
                            found.append((state, seconds()))
                        }
                    }
                }
            }
            if let lagrangian, let value = search.incumbentObjective,
                lagrangian - value < problem.improvementStep(at: value)
            {
                search.terminate()
            }
        }
        let glpkSeconds = (ContinuousClock.now - glpkStart).inSeconds
        for (state, seconds) in found { offer(state, source: .glpkRounding, at: seconds) }
        _ = glpkFound
        if solution.hasFeasiblePoint, let value = solution.objectiveValue {
            let hosts = problem.hosts(in: solution.columnValues)
            if problem.isFeasible(hosts), value > (incumbent?.objective ?? -.infinity) + 1e-9 {
                let state = SearchState(problem, hosts: hosts)
                incumbent = state
                trace.append(.init(seconds: glpkFound.last?.0 ?? elapsed, objective: state.objective, source: .glpk))
            }
        }
        // The proven bound: GLPK's on the reduced model covers every assignment better than
        // the incumbent (fixed columns are in none), so min(Lagrangian, max(incumbent, GLPK)).
        var bound = lagrangianBound ?? .infinity
        let proof: ScaledSolve.Outcome.Proof
        switch solution.termination {
        case .optimal:
            bound = min(bound, incumbent?.objective ?? bound)
        case .infeasible, .infeasibleOrUnbounded:
            // Without an incumbent nothing was fixed: the rules are contradictory.
            if let objective = incumbent?.objective { bound = objective }
        default:
            if let glpkBound = solution.bestBound {
                bound = min(bound, max(glpkBound, incumbent?.objective ?? glpkBound))
            }
        }
        if bound.isFinite { bound = problem.rounded(bound: bound) }
        let infeasible = incumbent == nil && (solution.termination == .infeasible || solution.termination == .infeasibleOrUnbounded)
        if let objective = incumbent?.objective, bound.isFinite {
            if bound - objective < problem.improvementStep(at: objective) {
                proof = .optimal
                bound = objective
            } else {
                proof = .withinGap(ScaledSolve.Outcome.relativeGap(objective: objective, bound: bound))
            }
        } else {
            proof = .none
        }
        return outcome(
            proof: proof, bound: bound.isFinite ? bound : nil, infeasible: infeasible, glpk: solution.termination, fixed: fixedCount,
            heuristicSeconds: heuristicSeconds, glpkSeconds: glpkSeconds, knapsack: knapsack)
    }

    /// Rounds a node relaxation to an assignment (each service to its largest value), then
    /// repairs and improves it within `budget`.
    static func rounded(_ values: [Double], problem: ScaleProblem, budget: Duration) -> SearchState? {
        guard values.count == problem.columnCount else { return nil }
        var hosts: [Int] = []
        for options in problem.options {
            guard let j = options.max(by: { values[$0] < values[$1] }) else { return nil }
            hosts.append(j)
        }
        let deadline = ContinuousClock.now + budget
        var state = SearchState(problem, hosts: hosts)
        guard LocalSearch.repair(&state, until: deadline) else { return nil }
        LocalSearch.improve(&state, until: deadline)
        return state.isFeasible && problem.isFeasible(state.hosts) ? state : nil
    }
}

extension Duration {
    /// The duration in seconds.
    var inSeconds: Double {
        let (s, a) = components
        return Double(s) + Double(a) * 1e-18
    }
}
