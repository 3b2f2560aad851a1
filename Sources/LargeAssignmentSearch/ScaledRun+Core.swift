import GLPK

extension ScaledRun {
    /// Kernel search (after Angelelli, Mansini and Speranza 2010, with the kernel taken from
    /// the Lagrangian relaxation as in core-problem methods for the GAP): the problem
    /// restricted to the columns that the relaxed solutions of the subgradient search kept
    /// choosing, together with the incumbent's, is solved by this same method — its own
    /// relaxation, fixing, pattern and neighbourhood search, but no GLPK branch-and-cut — starting
    /// from the incumbent; then the core is widened to columns chosen less often, and
    /// solved again, while that leaves out a fifth of the columns or more. The cores' sizes
    /// and times are ``SearchBudget/coreFrequencies`` and ``SearchBudget/coreTimeShare``.
    ///
    /// A core's sub-problems are much smaller than the whole problem's, so far more of them
    /// are solved in the same time; the cores change only the incumbent, never the bound.
    ///
    /// - Parameters:
    ///   - frequency: per column, the number of relaxed solutions it was in.
    ///   - visits: the number of relaxed solutions.
    ///   - fixed: columns fixed to 0 (never in a core).
    mutating func searchCores(
        frequency: [Int], visits: Int, fixed: [Bool], multipliers: LagrangianRelaxation.Multipliers?,
        until deadline: ContinuousClock.Instant
    ) throws(GLPKError) {
        guard visits > 0 else { return }
        let unfixed = fixed.isEmpty ? problem.columnCount : fixed.count { !$0 }
        var previousSize = 0
        for share in options.budget.coreFrequencies {
            guard let best = incumbent, !closes(lagrangianBound), deadline - ContinuousClock.now > options.budget.coreMinimumTime else { return }
            var keep = (0..<problem.columnCount).map { j in
                (fixed.isEmpty || !fixed[j]) && Double(frequency[j]) >= share * Double(visits)
            }
            for j in best.hosts { keep[j] = true }
            let size = keep.count { $0 }
            // A core must leave out a fifth of the columns, and grow from the last one.
            guard size * 5 <= unfixed * 4 else { return }
            guard size > previousSize else { continue }
            previousSize = size
            let core = ScaleProblem(restricting: problem, to: keep)
            let limit = (deadline - ContinuousClock.now) * options.budget.coreTimeShare
            let coreOptions = ScaledSolve.Options(
                timeLimit: limit, heuristicShare: 1, coreSearch: false, seed: options.seed &+ UInt64(previousSize),
                branchAndCut: options.branchAndCut, budget: options.budget)
            var run = ScaledRun(problem: core, options: coreOptions, from: core.restricted(best.hosts), multipliers: multipliers)
            run.ceiling = lagrangianBound
            let offset = (run.start - start).inSeconds
            let outcome = try run.solve()
            let before = best.objective
            if let hosts = outcome.hosts {
                let state = SearchState(problem, hosts: hosts.map { core.originalColumn[$0] })
                let better = outcome.trace.filter { $0.objective > before + 1e-9 && $0.source != .start }
                if let last = better.last, state.isFeasible, problem.isFeasible(state.hosts), state.objective > before + 1e-9 {
                    // The core run's improvements, on this run's clock; the last one is the state offered.
                    for improvement in better.dropLast() {
                        trace.append(.init(seconds: offset + improvement.seconds, objective: improvement.objective, source: .core))
                    }
                    offer(state, source: .core, at: offset + last.seconds)
                }
            }
            let after = incumbent?.objective ?? before
            mark(.core(columns: size, before: before, after: after, optimal: outcome.proof == .optimal, phases: outcome.phaseEnds))
        }
    }
}
