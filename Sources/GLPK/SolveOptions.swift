/// Settings for one solve; the defaults are GLPK's own.
public struct SolveOptions: Sendable, Hashable {
    /// The simplex variant used for LPs and for the root relaxation of a MIP.
    public enum SimplexMethod: String, Sendable, Hashable, Codable, CaseIterable {
        /// Primal simplex (GLPK's default).
        case primal
        /// Dual simplex, falling back to primal if it fails; usually fastest after adding a cut
        /// or tightening a bound in a ``Solver`` session.
        case dualThenPrimal
        /// Dual simplex.
        case dual
    }

    /// The cutting planes GLPK can add during branch-and-cut.
    public enum Cut: String, Sendable, Hashable, Codable, CaseIterable {
        /// Gomory's mixed-integer cuts.
        case gomory
        /// Mixed-integer rounding cuts.
        case mixedIntegerRounding
        /// Mixed cover cuts.
        case cover
        /// Clique cuts.
        case clique
    }

    /// How branch-and-cut picks the variable to branch on.
    public enum Branching: String, Sendable, Hashable, Codable, CaseIterable {
        /// The first fractional variable.
        case firstFractional
        /// The last fractional variable.
        case lastFractional
        /// The most fractional variable.
        case mostFractional
        /// Driebeck and Tomlin's heuristic (GLPK's default).
        case driebeckTomlin
        /// Hybrid pseudo-cost heuristic.
        case pseudoCost
    }

    /// How branch-and-cut picks the next node.
    public enum Backtracking: String, Sendable, Hashable, Codable, CaseIterable {
        /// Depth first.
        case depthFirst
        /// Breadth first.
        case breadthFirst
        /// The node with the best local bound (GLPK's default).
        case bestLocalBound
        /// The best projection heuristic.
        case bestProjection
    }

    /// How much of GLPK's log to keep in ``Solution/log``; nothing reaches standard output.
    public enum LogLevel: String, Sendable, Hashable, Codable, CaseIterable {
        /// Nothing.
        case off
        /// Warnings and errors only.
        case errorsOnly
        /// GLPK's normal progress log.
        case normal
        /// Everything, including debug output.
        case all
    }

    /// Whether to run GLPK's presolver (the LP presolver for LPs, the MIP presolver for MIPs).
    ///
    /// Off by default. With it on, a ``Solver`` session cannot warm-start the simplex method, and
    /// a MIP callback is not allowed (GLPK would show it the presolved problem).
    public var presolve: Bool
    /// The wall-clock limit for the whole solve, or `nil` for none; GLPK may overshoot it.
    public var timeLimit: Duration?
    /// The relative gap `|best integer − best bound| / |best integer|` at which branch-and-cut
    /// stops and reports ``TerminationStatus/optimal``; 0 by default.
    public var relativeMIPGap: Double
    /// The cutting planes to use; none by default.
    public var cuts: Set<Cut>
    /// The branching rule.
    public var branching: Branching
    /// The node selection rule.
    public var backtracking: Backtracking
    /// Whether to run GLPK's feasibility pump heuristic at the root.
    public var feasibilityPump: Bool
    /// The simplex variant.
    public var simplexMethod: SimplexMethod
    /// How much of GLPK's log to keep.
    public var logLevel: LogLevel

    /// Creates options; every parameter defaults to GLPK's default.
    public init(
        presolve: Bool = false,
        timeLimit: Duration? = nil,
        relativeMIPGap: Double = 0,
        cuts: Set<Cut> = [],
        branching: Branching = .driebeckTomlin,
        backtracking: Backtracking = .bestLocalBound,
        feasibilityPump: Bool = false,
        simplexMethod: SimplexMethod = .primal,
        logLevel: LogLevel = .errorsOnly
    ) {
        self.presolve = presolve
        self.timeLimit = timeLimit
        self.relativeMIPGap = relativeMIPGap
        self.cuts = cuts
        self.branching = branching
        self.backtracking = backtracking
        self.feasibilityPump = feasibilityPump
        self.simplexMethod = simplexMethod
        self.logLevel = logLevel
    }

    /// The longest time limit GLPK accepts (its limit is an `Int32` of milliseconds).
    public static let maximumTimeLimit = Duration.milliseconds(Int64(Int32.max))

    /// Checks the options; a non-positive or too long time limit and a negative or non-finite gap
    /// are rejected.
    ///
    /// - Throws: ``GLPKError/invalidOption(name:found:expected:)``.
    public func validate() throws(GLPKError) {
        if let timeLimit, timeLimit <= .zero || timeLimit > Self.maximumTimeLimit {
            throw .invalidOption(
                name: "timeLimit", found: "\(timeLimit)",
                expected: "a positive duration of at most \(Self.maximumTimeLimit)")
        }
        guard relativeMIPGap.isFinite, relativeMIPGap >= 0 else {
            throw .invalidOption(name: "relativeMIPGap", found: "\(relativeMIPGap)", expected: "a finite number >= 0")
        }
    }

    /// The time limit in whole milliseconds (at least 1), or `nil`.
    var timeLimitMilliseconds: Int32? {
        guard let timeLimit else { return nil }
        let (seconds, attoseconds) = timeLimit.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(1, milliseconds))
    }
}
