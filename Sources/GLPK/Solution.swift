/// The outcome of one solve, copied out of GLPK: statuses, values, duals and bounds.
///
/// Vectors are indexed like the model's columns and rows (0-based). Values are present when
/// ``primalStatus`` is not ``PrimalStatus/noSolution``; duals only for an LP solved to
/// optimality; the best bound and gap only for a MIP.
public struct Solution: Sendable, Hashable {
    /// Which algorithm produced the solution.
    public enum Method: String, Sendable, Hashable, Codable {
        /// The simplex method on an LP or an LP relaxation.
        case simplex
        /// GLPK's branch-and-cut on a mixed-integer model.
        case branchAndCut
    }

    /// Why the solver stopped.
    public var termination: TerminationStatus
    /// What kind of point ``columnValues`` is.
    public var primalStatus: PrimalStatus
    /// Which algorithm ran.
    public var method: Method
    /// The objective value, including the objective constant; `nil` without a point.
    public var objectiveValue: Double?
    /// One value per column; empty without a point.
    public var columnValues: [Double]
    /// One activity per row; empty without a point.
    public var rowActivities: [Double]
    /// One dual value (shadow price) per row, for an optimal LP; `nil` otherwise.
    ///
    /// The sign follows GLPK: the change of the objective per unit increase of the row's
    /// active bound, so a binding `≤` row has a non-negative dual when maximising.
    public var rowDuals: [Double]?
    /// One reduced cost per column, for an optimal LP; `nil` otherwise.
    public var reducedCosts: [Double]?
    /// For a MIP, the best proven bound on the optimal objective (including the constant); `nil`
    /// when none is known.
    public var bestBound: Double?
    /// For a MIP with a point and a bound, `|objective − bound| / (|objective| + ε)`, GLPK's
    /// formula; `nil` otherwise.
    public var relativeGap: Double?
    /// GLPK's log at ``SolveOptions/logLevel``.
    public var log: String

    /// Creates a solution; used by the solver and by tests.
    public init(
        termination: TerminationStatus,
        primalStatus: PrimalStatus,
        method: Method,
        objectiveValue: Double? = nil,
        columnValues: [Double] = [],
        rowActivities: [Double] = [],
        rowDuals: [Double]? = nil,
        reducedCosts: [Double]? = nil,
        bestBound: Double? = nil,
        relativeGap: Double? = nil,
        log: String = ""
    ) {
        self.termination = termination
        self.primalStatus = primalStatus
        self.method = method
        self.objectiveValue = objectiveValue
        self.columnValues = columnValues
        self.rowActivities = rowActivities
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.bestBound = bestBound
        self.relativeGap = relativeGap
        self.log = log
    }

    /// Whether ``columnValues`` is a feasible point.
    public var hasFeasiblePoint: Bool { primalStatus == .feasiblePoint }
}
