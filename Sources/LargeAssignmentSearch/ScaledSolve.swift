package import GLPK

/// Solves an assignment problem the way specialised generalized-assignment codes do, with
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
/// let outcome = try ScaledSolve.solve(problem, options: .init(timeLimit: .seconds(10)))
/// if case .optimal = outcome.proof { … }
/// ```
package enum ScaledSolve {
    /// Settings for one scaled solve.
    package struct Options: Sendable {
        /// The wall-clock limit for the whole solve, or `nil` for none (then the heuristic
        /// phases get a budget by size and GLPK runs until it proves optimality).
        package var timeLimit: Duration?
        /// The share of the time limit the heuristic and Lagrangian phases may use before
        /// GLPK starts (they stop earlier when the gap is closed). The default, 0.9, was
        /// chosen by measurement (README, "Scaling"): on hard instances cores and
        /// neighbourhoods use the time better than GLPK's tree on the whole model; where the
        /// bound does not meet the incumbent GLPK gets the rest.
        package var heuristicShare: Double
        /// Whether to search cores first (kernel search): the problem restricted to the
        /// columns the Lagrangian relaxation keeps choosing, solved by this same method, then
        /// widened. Off for the core runs themselves.
        package var coreSearch: Bool
        /// Whether to run GLPK after the heuristics (off: heuristic and bound only).
        package var useGLPK: Bool
        /// The seed of the local search's perturbations.
        package var seed: UInt64
        /// GLPK's options for the branch-and-cut on the reduced model (presolve must stay off:
        /// the callback needs the original problem). The time limit is set from `timeLimit`.
        package var branchAndCut: SolveOptions
        /// The phases' budgets.
        package var budget: SearchBudget

        /// The branch-and-cut options chosen by measurement on the GAP benchmark (see README,
        /// "Scaling"): cover, clique and MIR cuts, pseudo-cost branching, best local bound.
        package static let measuredBranchAndCut = SolveOptions(
            cuts: [.cover, .clique, .mixedIntegerRounding], branching: .pseudoCost, backtracking: .bestLocalBound,
            simplexMethod: .dualThenPrimal)

        /// Creates options.
        package init(
            timeLimit: Duration? = nil, heuristicShare: Double = 0.9, coreSearch: Bool = true, useGLPK: Bool = true, seed: UInt64 = 1,
            branchAndCut: SolveOptions = Options.measuredBranchAndCut, budget: SearchBudget = SearchBudget()
        ) {
            self.timeLimit = timeLimit
            self.heuristicShare = heuristicShare
            self.coreSearch = coreSearch
            self.useGLPK = useGLPK
            self.seed = seed
            self.branchAndCut = branchAndCut
            self.budget = budget
        }
    }

    /// What the scaled solve found.
    package struct Outcome: Sendable {
        /// What is proven about the assignment.
        package enum Proof: Sendable, Hashable {
            /// Proven optimal.
            case optimal
            /// Within the relative gap `(bound − objective) / |objective|` of the optimum.
            case withinGap(Double)
            /// No bound is known.
            case none
        }

        /// One improvement of the incumbent, for time-to-target measurements.
        package struct Improvement: Sendable, Hashable {
            /// Seconds since the solve started.
            package let seconds: Double
            /// The new objective.
            package let objective: Double
            /// Which phase found it.
            package let source: Source
        }

        /// The phase that found an improvement.
        package enum Source: String, Sendable, Hashable {
            /// A core run's warm start.
            case start
            /// Regret construction and repair.
            case construction
            /// Local search (also iterated).
            case localSearch = "local-search"
            /// The Lagrangian heuristic.
            case lagrangian
            /// A core run.
            case core
            /// The exact pattern search (also in the bound climb).
            case patterns
            /// Large-neighbourhood search.
            case neighbourhood
            /// A node relaxation of GLPK's tree, rounded and repaired.
            case glpkRounding = "glpk-rounding"
            /// GLPK's branch-and-cut.
            case glpk
        }

        /// The host column (model column index) per service; nil without an assignment.
        package var hosts: [Int]?
        /// The assignment's objective (the sum of its columns' profits).
        package var objective: Double?
        /// The best proven upper bound on the optimum (the objective when optimal).
        package var bound: Double?
        /// The Lagrangian bound alone.
        package var lagrangianBound: Double?
        /// What is proven.
        package var proof: Proof
        /// Whether the rules are proven contradictory (by the relaxation or by GLPK).
        package var infeasible: Bool
        /// How GLPK's branch-and-cut ended, when it ran.
        package var glpkTermination: TerminationStatus?
        /// Columns fixed to 0 before branch-and-cut, of all columns.
        package var fixedColumns: Int
        /// All columns.
        package var columns: Int
        /// Every improvement of the incumbent, in order.
        package var trace: [Improvement]
        /// Seconds spent before GLPK started, and in GLPK.
        package var heuristicSeconds: Double
        /// Seconds in GLPK.
        package var glpkSeconds: Double
        /// Whether the knapsack form of the Lagrangian relaxation was used.
        package var knapsackRelaxation: Bool
        /// The phases in order, each with when it ended.
        package var phaseEnds: [PhaseEnd] = []
        /// The Lagrangian multipliers of the best bound, to start re-solves of the same
        /// problem with rows left out or moved from (nil when no bound was computed).
        package var dual: Dual?

        /// The relative gap `|objective − bound| / (|objective| + ε)` (GLPK's formula).
        package var relativeGap: Double? {
            guard let objective, let bound else { return nil }
            return Self.relativeGap(objective: objective, bound: bound)
        }

        /// `|objective − bound| / (|objective| + ε)`.
        static func relativeGap(objective: Double, bound: Double) -> Double {
            Swift.abs(bound - objective) / (Swift.abs(objective) + Double.ulpOfOne)
        }
    }

    /// The Lagrangian multipliers of one solve, opaque outside this module: a re-solve
    /// (``resolve(_:linearModel:options:from:dual:)``) starts from them.
    package struct Dual: Sendable {
        let multipliers: LagrangianRelaxation.Multipliers
    }

    /// Solves `problem`, a variant of a solved problem with the same columns and rows in the
    /// same order where some rows are left out (no bounds) or moved outward, starting from
    /// that problem's optimum `hosts` (which keeps every row of `problem`) and its
    /// multipliers: a re-solve that asks what leaving out or moving a rule gains.
    ///
    /// When the relaxation at those multipliers already shows that nothing better than
    /// `hosts` exists, it ends after one evaluation of the relaxation; otherwise every
    /// phase runs, construction only when `hosts` does not keep `problem`'s rows.
    ///
    /// - Throws: ``GLPKError`` only for a model GLPK must not be given (a defect).
    package static func resolve(
        _ problem: ScaleProblem, linearModel: (() -> LinearModel)? = nil, options: Options = Options(), from hosts: [Int], dual: Dual?
    ) throws(GLPKError) -> Outcome {
        var multipliers = dual?.multipliers
        if let given = multipliers {
            if given.service.count != problem.serviceCount || given.upper.count != problem.rowCount || given.lower.count != problem.rowCount {
                multipliers = nil
            } else {
                // A row left out has no multiplier; a moved row keeps its own.
                for r in 0..<problem.rowCount {
                    if !problem.rowUpper[r].isFinite { multipliers?.upper[r] = 0 }
                    if !problem.rowLower[r].isFinite { multipliers?.lower[r] = 0 }
                }
            }
        }
        var run = ScaledRun(problem: problem, linearModel: linearModel, options: options, from: hosts, multipliers: multipliers)
        return try run.solve()
    }

    /// Solves `problem`.
    ///
    /// - Parameters:
    ///   - problem: the problem.
    ///   - linearModel: the problem's GLPK model with the caller's names, for the
    ///     branch-and-cut (columns in the problem's order; built only when GLPK runs). Nil:
    ///     the problem's own model.
    ///   - options: the settings.
    /// - Throws: ``GLPKError`` only for a model GLPK must not be given (a defect).
    /// - Complexity: the heuristic phases are bounded by the time budget; GLPK's
    ///   branch-and-cut is exponential in the worst case.
    package static func solve(
        _ problem: ScaleProblem, linearModel: (() -> LinearModel)? = nil, options: Options = Options()
    ) throws(GLPKError) -> Outcome {
        var run = ScaledRun(problem: problem, linearModel: linearModel, options: options)
        return try run.solve()
    }
}
