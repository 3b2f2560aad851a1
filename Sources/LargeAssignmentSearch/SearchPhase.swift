/// A phase of the scaled solve, as it ended, with what it decided.
///
/// ``ScaledSolve/Outcome/phaseEnds`` lists them in order; ``description`` is the line a
/// benchmark prints.
package enum SearchPhase: Sendable, Hashable {
    /// What an exact pattern search decided about its target.
    package enum Decision: Sendable, Hashable {
        /// An assignment reaches the target.
        case reached
        /// No assignment reaches it (proven).
        case noneReaches
        /// Not decided within the search's limits.
        case undecided
    }

    /// Regret construction, repair and local search.
    case construction
    /// The subgradient search for the Lagrangian bound, with the Lagrangian heuristic.
    case lagrangian(iterations: Int)
    /// The iterated local search after the bound.
    case iteratedLocalSearch
    /// One pass of iterated Lagrangian fixing: the columns it ran on and the bound found.
    case fixingPass(Int, columns: Int, bound: Double)
    /// A core run: its columns, the incumbent's objective before and after, whether it
    /// proved its own optimum, and its own phases.
    case core(columns: Int, before: Double, after: Double, optimal: Bool, phases: [PhaseEnd])
    /// One step of the bound climb: the bound asked about, the answer and how long it took.
    case boundClimb(bound: Double, Decision, milliseconds: Int)
    /// The pattern search for an assignment better than the incumbent.
    case patterns(Decision)
    /// One neighbourhood search round: how many neighbourhoods each method decided.
    case neighbourhoods(decidedBy: [String: Int])
    /// The neighbourhood search as a whole.
    case neighbourhoodSearch(rounds: Int)
}

/// A phase and when it ended.
package struct PhaseEnd: Sendable, Hashable {
    /// The phase.
    package var phase: SearchPhase
    /// Milliseconds since the run started.
    package var milliseconds: Int
}
