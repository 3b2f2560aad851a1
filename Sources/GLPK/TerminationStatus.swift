/// Why the solver stopped, following MathOptInterface's termination status.
///
/// Read it together with ``PrimalStatus``: a time limit, for example, may leave a feasible
/// point or none.
public enum TerminationStatus: Sendable, Hashable {
    /// Solved to optimality; for a mixed-integer model, within ``SolveOptions/relativeMIPGap``.
    case optimal
    /// The model has no feasible solution (for a MIP: no integer feasible solution).
    case infeasible
    /// The objective can be improved without limit.
    case unbounded
    /// The model is infeasible or unbounded; GLPK did not find out which.
    case infeasibleOrUnbounded
    /// ``SolveOptions/timeLimit`` was reached.
    case timeLimit
    /// A ``MIPSearch`` callback asked the search to stop.
    case stopped
    /// GLPK failed; `code` is GLPK's return code (0 if the codes disagree) and `message` says why.
    case solverFailure(code: Int, message: String)
}

/// What kind of primal solution a ``Solution`` carries, following MathOptInterface.
public enum PrimalStatus: String, Sendable, Hashable, Codable {
    /// The values satisfy all constraints (within GLPK's tolerances).
    case feasiblePoint
    /// Values are present but violate some constraint (an LP stopped early).
    case infeasiblePoint
    /// No values are available.
    case noSolution
}
