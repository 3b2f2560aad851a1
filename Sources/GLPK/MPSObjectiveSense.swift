/// How an exported free-MPS file states that the objective is maximised.
///
/// GLPK's MPS writer records no objective sense, so a maximisation written as-is is read as a
/// minimisation by every reader. Minimisation files are the same in both styles.
public enum MPSObjectiveSense: String, Sendable, Hashable, Codable, CaseIterable {
    /// An `OBJSENSE` section (`OBJSENSE` / `    MAX`) right after the `NAME` line: the
    /// convention of CPLEX, Gurobi, HiGHS, CBC and SCIP. GLPK 5.0's own reader (`glpsol
    /// --freemps`) rejects the file ("invalid indicator record").
    case section
    /// No sense in the file, as GLPK writes it. GLPK reads it; tell the reader to maximise
    /// (`glpsol --freemps model.mps --max`).
    case omitted
}
