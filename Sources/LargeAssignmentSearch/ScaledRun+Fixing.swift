extension ScaledRun {
    /// Iterated Lagrangian fixing (after Posta, Ferland and Michelon 2012): re-solves the
    /// Lagrangian dual on the columns not yet fixed, warm-started, which raises the bound
    /// (fewer columns to choose from) and fixes more columns; repeats while that fixes a
    /// noticeable share (``SearchBudget/fixingContinuesAtOneIn``). Every assignment better than the incumbent uses only unfixed
    /// columns, so the restricted bound, or the incumbent, bounds the whole problem.
    ///
    /// - Parameters:
    ///   - fixed: the columns fixed to 0 so far (in the problem's indexing).
    ///   - multipliers: the multipliers to start from.
    /// - Returns: the columns fixed to 0 afterwards.
    mutating func tightenFixing(
        _ fixed: [Bool], multipliers start: LagrangianRelaxation.Multipliers?, until deadline: ContinuousClock.Instant
    ) -> [Bool] {
        var fixed = fixed
        var multipliers = start
        let began = self.start
        for pass in 0..<options.budget.fixingPasses {
            guard let best = incumbent, !fixed.isEmpty, ContinuousClock.now < deadline, !closes(lagrangianBound) else { break }
            let keep = fixed.map { !$0 }
            let restricted = ScaleProblem(restricting: problem, to: keep)
            let relaxation = LagrangianRelaxation(restricted)
            var current: SearchState? = SearchState(restricted, hosts: restricted.restricted(best.hosts))
            var found: [(SearchState, Double)] = []
            let result = SubgradientSearch(relaxation: relaxation).run(
                incumbent: &current, until: deadline, maxIterations: options.budget.fixingIterations, start: multipliers, theta: 1,
                improved: { found.append(($0, (ContinuousClock.now - began).inSeconds)) })
            for (state, seconds) in found {
                offer(SearchState(problem, hosts: state.hosts.map { restricted.originalColumn[$0] }), source: .lagrangian, at: seconds)
            }
            guard result.bound.isFinite, let evaluation = result.evaluation, let incumbent else { break }
            lagrangianBound = min(lagrangianBound ?? .infinity, problem.rounded(bound: max(result.bound, best.objective)))
            multipliers = result.multipliers
            mark(.fixingPass(pass + 1, columns: keep.count { $0 }, bound: result.bound))
            if closes(lagrangianBound) { break }
            let forced = relaxation.forcedInBounds(evaluation)
            let threshold = incumbent.objective + problem.improvementStep(at: incumbent.objective)
            var inIncumbent = [Bool](repeating: false, count: problem.columnCount)
            for j in incumbent.hosts { inIncumbent[j] = true }
            var newlyFixed = 0
            for (k, j) in restricted.originalColumn.enumerated() where !inIncumbent[j] && forced[k] < threshold {
                fixed[j] = true
                newlyFixed += 1
            }
            if newlyFixed * options.budget.fixingContinuesAtOneIn < restricted.columnCount { break }
        }
        return fixed
    }
}
