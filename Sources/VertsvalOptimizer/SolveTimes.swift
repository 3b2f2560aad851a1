/// When the main solve found the assignment it ends with, and when it proved it optimal,
/// for comparing with other solvers.
///
/// Seconds are wall-clock time from the start of ``AssignmentOptimizer/optimize(_:options:)``
/// (building the model included, loading the files not), so they differ from run to run:
/// outputs show them only when asked for, and never in output that must be byte-identical.
public struct SolveTimes: Sendable, Hashable {
    /// Seconds until an assignment with the final objective was first found.
    public let foundSeconds: Double
    /// That objective (the result's objective).
    public let objective: Double
    /// Seconds until the solve ended with optimality proven; nil when it was not proven
    /// (the time limit ended it with a gap).
    public let provenSeconds: Double?
    /// Seconds the main solve took in all (explanation and alternatives not included).
    public let solveSeconds: Double
    /// Seconds the explanation took after the main solve (its re-solves on every core), nil
    /// when the result was not explained.
    public var explanationSeconds: Double?
    /// How many times the explanation solved a variant of the model (a rule left out or
    /// moved, the balance rules left out), nil when the result was not explained.
    public var explanationSolves: Int?

    /// Creates the times.
    public init(foundSeconds: Double, objective: Double, provenSeconds: Double?, solveSeconds: Double) {
        self.foundSeconds = foundSeconds
        self.objective = objective
        self.provenSeconds = provenSeconds
        self.solveSeconds = solveSeconds
    }

    /// The times from a solve's incumbent improvements (`(seconds, objective)` in order):
    /// the first improvement within `tolerance` of the final `objective` is when it was
    /// found; without one (an incumbent the solve found at its very end), the solve's end.
    static func from(
        improvements: [(seconds: Double, objective: Double)], objective: Double, proven: Bool, solveSeconds: Double,
        tolerance: Double = 1e-6
    ) -> SolveTimes {
        let slack = tolerance * max(1, Swift.abs(objective))
        let found = improvements.first { $0.objective >= objective - slack }?.seconds ?? solveSeconds
        return SolveTimes(
            foundSeconds: min(found, solveSeconds), objective: objective, provenSeconds: proven ? solveSeconds : nil, solveSeconds: solveSeconds)
    }
}
