import GLPK

extension ScaledRun {
    /// Raises the bound one objective step at a time from the top (an integral objective
    /// only): asks the pattern search whether an assignment reaches the current bound
    /// exactly. If one does, it is optimal; if none does, the bound drops by one step, now
    /// proven. Each step's patterns lie within a slack of (relaxation value − target) of
    /// their knapsack's optimum, so the first steps enumerate few patterns and the count
    /// grows with every step; the climb stops when a step cannot be decided in time.
    ///
    /// This is iterative deepening on the dual side: where the incumbent is a few steps
    /// short of the bound (Yagiura's type D), it proves the bound up towards the optimum
    /// instead of waiting for the incumbent to come down to it.
    ///
    /// - Parameters:
    ///   - relaxation: the relaxation `evaluation` belongs to (of this run's problem).
    ///   - evaluation: the relaxed solution at the best multipliers found.
    mutating func climbBound(
        relaxation: LagrangianRelaxation, evaluation: LagrangianRelaxation.Evaluation, until deadline: ContinuousClock.Instant
    ) throws(GLPKError) {
        guard problem.integralObjective, relaxation.usesKnapsacks else { return }
        let forced = relaxation.forcedInBounds(evaluation)
        while let bound = lagrangianBound, !closes(bound), ContinuousClock.now < deadline {
            let allowed = forced.map { $0 >= bound - 1e-6 * max(1, Swift.abs(bound)) }
            let began = elapsed
            let result = try PatternSearch(relaxation: relaxation, evaluation: evaluation).search(target: bound, allowed: allowed, until: deadline)
            let took = Int((elapsed - began) * 1000)
            switch result {
            case let .found(hosts):
                offer(SearchState(problem, hosts: hosts), source: .patterns)
                mark(.boundClimb(bound: bound, .reached, milliseconds: took))
                return
            case .noneReaches:
                lagrangianBound = bound - 1
                mark(.boundClimb(bound: bound, .noneReaches, milliseconds: took))
            case .undecided:
                mark(.boundClimb(bound: bound, .undecided, milliseconds: took))
                return
            }
        }
    }
}
