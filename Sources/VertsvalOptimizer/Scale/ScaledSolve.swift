public import GLPK

/// Solves an assignment model the way specialised generalized-assignment codes do, with
/// GLPK's branch-and-cut inside: a regret construction and local search for an incumbent
/// in milliseconds, a Lagrangian bound that says how far from optimal it can be, column
/// fixing by Lagrangian reduced costs (repeated on the restricted problem), a core (kernel)
/// search that solves the problem restricted to the columns the relaxation keeps choosing
/// by this same method and widens it, large-neighbourhood search with GLPK sub-MIPs on the
/// columns left (a neighbourhood is first decided by its own relaxation), an exact pattern search
/// (``PatternSearch``) once the bound lies close above the incumbent, and then `glp_intopt`
/// on the reduced model with an objective cut-off, stopped as soon as the bound is met.
///
/// The result states the proof honestly: ``Outcome/Proof/optimal`` only when the bound
/// (Lagrangian or GLPK's) meets the incumbent, otherwise the proven gap, or none.
///
/// Column fixing is exact: a column is fixed to 0 only when every assignment using it is
/// proven no better than the incumbent (and the incumbent does not use it), so the reduced
/// model's optimum, or the incumbent, is an optimum of the full model.
///
/// ```swift
/// let outcome = try ScaledSolve.solve(AssignmentModel(portfolio), options: .init(timeLimit: .seconds(10)))
/// if case .optimal = outcome.proof { … }
/// ```
public enum ScaledSolve {
    /// Settings for one scaled solve.
    public struct Options: Sendable {
        /// The wall-clock limit for the whole solve, or `nil` for none (then the heuristic
        /// phases get a budget by size and GLPK runs until it proves optimality).
        public var timeLimit: Duration?
        /// The share of the time limit the heuristic and Lagrangian phases may use before
        /// GLPK starts (they stop earlier when the gap is closed). The default, 0.9, was
        /// chosen by measurement: on hard instances (Yagiura type D) cores and neighbourhoods
        /// use the time better than GLPK's tree on the whole model; where the bound does not
        /// meet the incumbent GLPK gets the rest, and easy instances never reach it.
        public var heuristicShare: Double
        /// Whether to search cores first (kernel search): the problem restricted to the
        /// columns the Lagrangian relaxation keeps choosing, solved by this same method, then
        /// widened. Off for the core runs themselves.
        public var coreSearch: Bool
        /// Whether to run GLPK after the heuristics (off: heuristic and bound only).
        public var useGLPK: Bool
        /// The seed of the local search's perturbations.
        public var seed: UInt64
        /// GLPK's options for the branch-and-cut on the reduced model (presolve must stay off:
        /// the callback needs the original problem). The time limit is set from `timeLimit`.
        public var branchAndCut: SolveOptions

        /// The branch-and-cut options chosen by measurement on the GAP benchmark (see README,
        /// "Scaling"): cover, clique and MIR cuts, pseudo-cost branching, best local bound.
        public static let measuredBranchAndCut = SolveOptions(
            cuts: [.cover, .clique, .mixedIntegerRounding], branching: .pseudoCost, backtracking: .bestLocalBound,
            simplexMethod: .dualThenPrimal)

        /// Creates options.
        public init(
            timeLimit: Duration? = nil, heuristicShare: Double = 0.9, coreSearch: Bool = true, useGLPK: Bool = true, seed: UInt64 = 1,
            branchAndCut: SolveOptions = Options.measuredBranchAndCut
        ) {
            self.timeLimit = timeLimit
            self.heuristicShare = heuristicShare
            self.coreSearch = coreSearch
            self.useGLPK = useGLPK
            self.seed = seed
            self.branchAndCut = branchAndCut
        }
    }

    /// What the scaled solve found.
    public struct Outcome: Sendable {
        /// What is proven about the assignment.
        public enum Proof: Sendable, Hashable {
            /// Proven optimal.
            case optimal
            /// Within the relative gap `(bound − objective) / |objective|` of the optimum.
            case withinGap(Double)
            /// No bound is known.
            case none
        }

        /// One improvement of the incumbent, for time-to-target measurements.
        public struct Improvement: Sendable, Hashable {
            /// Seconds since the solve started.
            public let seconds: Double
            /// The new objective.
            public let objective: Double
            /// Which phase found it: `construction`, `local-search`, `lagrangian`, `neighbourhood`,
            /// `patterns`, `glpk-rounding` (a node relaxation rounded and repaired) or `glpk`.
            public let source: String
        }

        /// The host column (model column index) per service; nil without an assignment.
        public var hosts: [Int]?
        /// The assignment's objective (Σ importance · value).
        public var objective: Double?
        /// The best proven upper bound on the optimum (the objective when optimal).
        public var bound: Double?
        /// The Lagrangian bound alone.
        public var lagrangianBound: Double?
        /// What is proven.
        public var proof: Proof
        /// Whether the rules are proven contradictory (by the relaxation or by GLPK).
        public var infeasible: Bool
        /// How GLPK's branch-and-cut ended, when it ran.
        public var glpkTermination: TerminationStatus?
        /// Columns fixed to 0 before branch-and-cut, of all columns.
        public var fixedColumns: Int
        /// All columns.
        public var columns: Int
        /// Every improvement of the incumbent, in order.
        public var trace: [Improvement]
        /// Seconds spent before GLPK started, and in GLPK.
        public var heuristicSeconds: Double
        /// Seconds in GLPK.
        public var glpkSeconds: Double
        /// Whether the knapsack form of the Lagrangian relaxation was used.
        public var knapsackRelaxation: Bool
        /// When each phase ended, in seconds since the start, in order.
        public var phaseEnds: [String] = []

        /// The relative gap `|objective − bound| / (|objective| + ε)` (GLPK's formula).
        public var relativeGap: Double? {
            guard let objective, let bound else { return nil }
            return Self.relativeGap(objective: objective, bound: bound)
        }

        /// `|objective − bound| / (|objective| + ε)`.
        static func relativeGap(objective: Double, bound: Double) -> Double {
            Swift.abs(bound - objective) / (Swift.abs(objective) + Double.ulpOfOne)
        }
    }

    /// Solves `model`.
    ///
    /// - Throws: ``GLPKError`` only for a model GLPK must not be given (a defect).
    /// - Complexity: the heuristic phases are bounded by the time budget; GLPK's
    ///   branch-and-cut is exponential in the worst case.
    public static func solve(_ model: AssignmentModel, options: Options = Options()) throws(GLPKError) -> Outcome {
        var run = ScaledRun(model: model, options: options)
        return try run.solve()
    }
}
