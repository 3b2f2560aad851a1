@testable import LargeAssignmentSearch

extension ScaledSolve.Options {
    /// Options without a time limit, so that a proof never depends on the machine's speed:
    /// the heuristic phases get `heuristics` (they stop earlier once the bound is met), then
    /// GLPK's branch-and-cut runs until it proves the optimum.
    static func untimed(heuristics: Duration, seed: UInt64 = 1) -> Self {
        var budget = SearchBudget()
        let milliseconds = Int(heuristics / .milliseconds(1))
        budget.untimedBaseMilliseconds = milliseconds
        budget.untimedMaximumMilliseconds = milliseconds
        return Self(timeLimit: nil, seed: seed, budget: budget)
    }
}
