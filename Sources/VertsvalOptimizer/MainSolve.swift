import GLPK
import LargeAssignmentSearch

/// The main solve's answer in the terms ``AssignmentOptimizer`` needs, from either GLPK
/// alone or ``ScaledSolve``.
struct MainSolve {
    /// The host column per service, when there is an assignment.
    var hosts: [Int]?
    /// Its objective.
    var objective: Double?
    /// The best proven bound.
    var bestBound: Double?
    /// The Lagrangian bound, when the scaled solve ran.
    var lagrangianBound: Double?
    /// Whether the rules are proven contradictory.
    var infeasible: Bool
    /// Why there is no assignment, when there is none.
    var reason: AssignmentResult.NoSolutionReason
    /// Optimal only when proven; otherwise feasible with the proven gap.
    var status: AssignmentResult.Status
    /// 0/1 per column (empty without an assignment).
    var columnValues: [Double]
    /// The scaled solve's multipliers, for the explanation's re-solves.
    var dual: ScaledSolve.Dual?
    /// Whether the scaled solve ran.
    var scaled: Bool

    /// GLPK's solution of the whole model.
    init(_ solution: Solution, model: AssignmentModel) {
        hosts = solution.hasFeasiblePoint && solution.objectiveValue != nil ? model.hosts(in: solution.columnValues) : nil
        objective = solution.hasFeasiblePoint ? solution.objectiveValue : nil
        bestBound = solution.bestBound
        lagrangianBound = nil
        infeasible = solution.termination == .infeasible || solution.termination == .infeasibleOrUnbounded
        reason = solution.termination == .timeLimit ? .timeLimit : .solverStopped
        status = solution.termination == .optimal ? .optimal : .feasible(gap: solution.relativeGap)
        columnValues = solution.columnValues
        dual = nil
        scaled = false
    }

    /// The scaled solve's outcome.
    init(_ outcome: ScaledSolve.Outcome, model: AssignmentModel) {
        hosts = outcome.hosts
        objective = outcome.objective
        bestBound = outcome.bound
        lagrangianBound = outcome.lagrangianBound
        infeasible = outcome.infeasible
        // Without a termination from GLPK the search stopped on its budget: the time limit.
        reason = outcome.glpkTermination.map { $0 == .timeLimit ? .timeLimit : .solverStopped } ?? .timeLimit
        status = outcome.proof == .optimal ? .optimal : .feasible(gap: outcome.relativeGap)
        var values = [Double](repeating: 0, count: model.pairs.count)
        for j in outcome.hosts ?? [] { values[j] = 1 }
        columnValues = values
        dual = outcome.dual
        scaled = true
    }
}
