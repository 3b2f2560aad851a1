/// Minimises a ``LagrangianRelaxation`` over its multipliers by the subgradient method with
/// Polyak steps (Held, Wolfe and Crowder 1974), and turns relaxed solutions into feasible
/// assignments along the way (Fisher's Lagrangian heuristic: keep the services the
/// relaxation places once, place the rest by regret on adjusted profits, repair, improve).
struct SubgradientSearch {
    /// What the search found.
    struct Result {
        /// The smallest bound found (−∞: the relaxation proved the rules contradictory).
        var bound: Double
        /// The evaluation at the best multipliers, for column fixing.
        var evaluation: LagrangianRelaxation.Evaluation?
        /// Iterations run.
        var iterations: Int
        /// The multipliers of the smallest bound.
        var multipliers: LagrangianRelaxation.Multipliers?
    }

    let relaxation: LagrangianRelaxation

    /// Runs until the step size vanishes, the bound meets the incumbent, `maxIterations`
    /// or the deadline.
    ///
    /// - Parameters:
    ///   - incumbent: the best feasible assignment so far; improved in place.
    ///   - improved: called with each better incumbent.
    ///   - start: multipliers to start from (a warm start), or nil for the relaxation's own.
    ///   - theta: the first step-size factor.
    func run(
        incumbent: inout SearchState?, until deadline: ContinuousClock.Instant, maxIterations: Int,
        start: LagrangianRelaxation.Multipliers? = nil, theta initialTheta: Double = 2, budget: SearchBudget = SearchBudget(),
        improved: (SearchState) -> Void, visited: ((LagrangianRelaxation.Evaluation) -> Void)? = nil
    ) -> Result {
        let problem = relaxation.problem
        var multipliers = start ?? relaxation.initialMultipliers()
        var result = Result(bound: .infinity, evaluation: nil, iterations: 0)
        var theta = initialTheta
        var stall = 0
        let n = problem.serviceCount
        let heuristicEvery = max(1, budget.lagrangianHeuristicEvery ?? (n > 200 ? 10 : 3))
        for iteration in 0..<maxIterations {
            if iteration > 0, ContinuousClock.now > deadline { break }
            result.iterations = iteration + 1
            let evaluation = relaxation.evaluate(multipliers)
            visited?(evaluation)
            guard evaluation.value > -.infinity else {
                result.bound = -.infinity
                result.evaluation = nil
                return result
            }
            if !result.bound.isFinite || evaluation.value < result.bound - 1e-9 * max(1, Swift.abs(result.bound)) {
                if !result.bound.isFinite || result.bound - evaluation.value > 1e-6 * max(1, Swift.abs(evaluation.value)) {
                    stall = 0
                } else {
                    stall += 1
                }
                result.bound = evaluation.value
                result.evaluation = evaluation
                result.multipliers = multipliers
            } else {
                stall += 1
            }
            if stall >= 15 {
                theta /= 2
                stall = 0
            }
            if let best = incumbent, result.bound - best.objective < problem.improvementStep(at: best.objective) { break }

            // Subgradient.
            var count = [Int](repeating: 0, count: n)
            var activity = [Double](repeating: 0, count: problem.rowCount)
            for j in evaluation.chosen {
                count[problem.serviceOfColumn[j]] += 1
                for e in problem.columnStart[j]..<problem.columnStart[j + 1] { activity[problem.entryRow[e]] += problem.entryValue[e] }
            }
            var norm = 0.0
            var serviceStep = [Double](repeating: 0, count: n)
            if relaxation.usesKnapsacks {
                for s in 0..<n where relaxation.fixedColumn[s] < 0 {
                    serviceStep[s] = Double(1 - count[s])
                    norm += serviceStep[s] * serviceStep[s]
                }
            }
            var upperStep = [Double](repeating: 0, count: problem.rowCount)
            var lowerStep = [Double](repeating: 0, count: problem.rowCount)
            for r in relaxation.relaxedRows {
                if problem.rowUpper[r].isFinite {
                    let g = problem.rowUpper[r] - activity[r]
                    if !(multipliers.upper[r] <= 0 && g > 0) {
                        upperStep[r] = g
                        norm += g * g
                    }
                }
                if problem.rowLower[r].isFinite {
                    let g = activity[r] - problem.rowLower[r]
                    if !(multipliers.lower[r] <= 0 && g > 0) {
                        lowerStep[r] = g
                        norm += g * g
                    }
                }
            }
            if iteration < budget.lagrangianHeuristicFirst || iteration % heuristicEvery == 0 || norm == 0 {
                heuristic(evaluation, incumbent: &incumbent, deadline: deadline, improved: improved)
                if let best = incumbent, result.bound - best.objective < problem.improvementStep(at: best.objective) { break }
            }
            guard norm > 1e-12, theta > 0.002 else { break }
            let target = incumbent?.objective ?? (evaluation.value - max(1, 0.02 * Swift.abs(evaluation.value)))
            let step = theta * max(evaluation.value - target, 1e-3 * max(1, Swift.abs(evaluation.value))) / norm
            for s in 0..<n { multipliers.service[s] -= step * serviceStep[s] }
            for r in relaxation.relaxedRows {
                multipliers.upper[r] = max(0, multipliers.upper[r] - step * upperStep[r])
                multipliers.lower[r] = max(0, multipliers.lower[r] - step * lowerStep[r])
            }
        }
        return result
    }

    /// Fisher's Lagrangian heuristic on one relaxed solution.
    func heuristic(
        _ evaluation: LagrangianRelaxation.Evaluation, incumbent: inout SearchState?, deadline: ContinuousClock.Instant,
        improved: (SearchState) -> Void
    ) {
        let problem = relaxation.problem
        var initial = [Int](repeating: -1, count: problem.serviceCount)
        for j in evaluation.chosen {
            let s = problem.serviceOfColumn[j]
            if initial[s] < 0 || evaluation.adjusted[j] > evaluation.adjusted[initial[s]] { initial[s] = j }
        }
        guard let hosts = ConstructionHeuristic.build(problem, desirability: evaluation.adjusted, initial: initial) else { return }
        var state = SearchState(problem, hosts: hosts)
        guard LocalSearch.repair(&state, until: deadline) else { return }
        LocalSearch.improve(&state, until: deadline)
        if state.isFeasible, state.objective > (incumbent?.objective ?? -.infinity) + 1e-9 {
            incumbent = state
            improved(state)
        }
    }
}
