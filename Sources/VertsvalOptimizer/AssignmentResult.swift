public import Vertsval

/// Everything the optimiser found for a portfolio, as plain values: the assignment, the
/// price of balance, which rules bind and what they are worth, alternatives, and — when
/// the rules cannot all hold — the conflicts.
public struct AssignmentResult: Sendable {
    /// How the solve ended.
    public enum Status: Sendable, Hashable {
        /// Proven optimal.
        case optimal
        /// A feasible assignment, not proven optimal (time limit); `gap` is the relative gap
        /// to the best bound when known.
        case feasible(gap: Double?)
        /// No assignment satisfies all the rules; see `conflicts`.
        case infeasible
        /// The solver stopped without any assignment (time limit) or failed.
        case noSolution(reason: NoSolutionReason)
    }

    /// Why the solve ended without an assignment (and without proving there is none).
    public enum NoSolutionReason: Sendable, Hashable {
        /// The time limit of the solve was reached.
        case timeLimit
        /// The solver stopped for another reason (a numerical failure, or a stop).
        case solverStopped
    }

    /// How the solve ended.
    public let status: Status
    /// The assignment, one entry per service in portfolio order (empty without a solution).
    public let assignment: [ServiceAssignment]
    /// Σ importance · value of the assignment.
    public let objective: Double?
    /// The best bound GLPK proved (equals `objective` when optimal).
    public let bestBound: Double?
    /// The optimum without the balance rules (FTE bands, FTE bounds, service counts).
    public let unconstrained: Alternative?
    /// Rules that bind: removing them would raise the objective.
    public let bindingRules: [BindingRule]
    /// Services not at their best-valued municipality, and which rules move them.
    public let displaced: [Displacement]
    /// The next-best distinct assignments, best first.
    public let alternatives: [Alternative]
    /// How many alternatives were asked for (fewer exist when `alternatives` is shorter).
    public let alternativesRequested: Int
    /// When infeasible: the rules that must give, and by how much at least.
    public let conflicts: [Conflict]
    /// Hosted FTE and services per municipality, with balance targets.
    public let loads: [MunicipalityLoad]
    /// The Lagrangian bound on the optimum, when the scaled solve ran (large models); it is
    /// one of the bounds behind `bestBound`.
    public var lagrangianBound: Double? = nil
    /// The time limit the main solve ran under, if any (what a message about running out
    /// of time names).
    public var timeLimit: Duration? = nil
    /// Whether the explanation's time limit was reached, so that some rules' effects or
    /// some displaced services are not explained (or explained from a solve cut short).
    public var explanationCutShort: Bool = false
    /// Every rule the assignment was computed under, in the model's order, with its bound
    /// and where the assignment stands against it (empty without a model to solve).
    public var appliedRules: [AppliedRule] = []
    /// When the main solve found its assignment and proved it optimal (wall-clock times,
    /// different in every run); nil without an assignment.
    public var solveTimes: SolveTimes? = nil

    /// `unconstrained − objective`: what the balance rules cost, in points.
    public var priceOfBalance: Double? {
        guard let objective, let free = unconstrained?.objective else { return nil }
        return max(0, free - objective)
    }

    /// The host of `service`.
    public func host(of service: PortfolioService.ID) -> Municipality.ID? {
        assignment.first { $0.service == service }?.host
    }
}

/// One service's host, with its value and the alternatives it had.
public struct ServiceAssignment: Sendable, Hashable {
    /// The service id.
    public let service: PortfolioService.ID
    /// The host municipality.
    public let host: Municipality.ID
    /// The value of hosting there (0–100).
    public let value: Double
    /// Whether the host was decided beforehand.
    public let decided: Bool
    /// The best other eligible municipality by value, if any.
    public let runnerUp: Municipality.ID?
    /// Its value.
    public let runnerUpValue: Double?
    /// The municipality with the highest value (the host when it is best).
    public let best: Municipality.ID
    /// Its value.
    public let bestValue: Double

    /// value(host) − value(runner-up): positive when the host is the best choice.
    public var margin: Double? { runnerUpValue.map { value - $0 } }
    /// The margin as a reader computes it from the value and the runner-up's value shown
    /// with one decimal (65,7 − 56,5 = 9,2, whatever the unrounded margin is).
    public var shownMargin: Double? { runnerUpValue.map { ShownRounding.difference(value, $0, decimals: 1) } }
}

/// A rule that binds at the optimum.
public struct BindingRule: Sendable, Hashable {
    /// The rule.
    public let rule: Rule
    /// The rule's bound (FTE or services), for bound rules.
    public let bound: Double?
    /// The hosted FTE or services at the optimum, for bound rules.
    public let activity: Double?
    /// How much the objective would rise without the rule.
    public let gainIfRemoved: Double
    /// How much one more unit of room (1 FTE, or 1 service) would be worth, by re-solving;
    /// nil for co-location and separation rules.
    public let marginalValue: Double?
}

/// A rule the assignment was computed under: its bound, where the assignment stands
/// against it, and whether removing it alone was tried.
public struct AppliedRule: Sendable, Hashable {
    /// The rule.
    public let rule: Rule
    /// Its bound in FTE or services; nil for co-location and separation.
    public let bound: Double?
    /// The hosted FTE or services in the assignment; nil for co-location and separation,
    /// and without an assignment.
    public let activity: Double?
    /// Whether the explanation re-solved without this rule (false when it was not asked
    /// for, or its time limit was reached first); only then does `bindingRules` say
    /// whether the rule binds.
    public let tested: Bool

    /// Whether the assignment is at the bound (within 10⁻⁶).
    public var isAtBound: Bool {
        guard let bound, let activity else { return false }
        return abs(bound - activity) < 1e-6
    }
}

/// A service that is not at its best-valued municipality.
public struct Displacement: Sendable, Hashable {
    /// The service.
    public let service: PortfolioService.ID
    /// Where it is.
    public let host: Municipality.ID
    /// Where it would be best.
    public let best: Municipality.ID
    /// The rules that, each removed on its own, let it move to a better-valued municipality.
    public let movedBy: [Rule]
    /// When no single rule does: the smallest set of rules that, removed together, let it
    /// move (empty when none was found among the rules at its host and its best place).
    public let movedByTogether: [Rule]
}

/// A complete assignment other than the optimum.
public struct Alternative: Sendable, Hashable {
    /// Its objective.
    public let objective: Double
    /// How much less than the optimum (0 for the unconstrained optimum's own record).
    public let loss: Double
    /// Host per service, in portfolio order.
    public let hosts: [Municipality.ID]
    /// Services whose host differs from the optimum: (service, optimum host, this host).
    public let changes: [Change]

    /// One service with another host than in the optimum.
    public struct Change: Sendable, Hashable {
        public let service: PortfolioService.ID
        public let from: Municipality.ID
        public let to: Municipality.ID
    }
}

/// A rule that must give for any assignment to exist, and the least it must give.
public struct Conflict: Sendable, Hashable {
    /// The rule.
    public let rule: Rule
    /// The least change: FTE, services, or (co-location/separation) the number of
    /// municipalities where it cannot hold.
    public let shortfall: Double
}

/// What one municipality hosts.
public struct MunicipalityLoad: Sendable, Hashable {
    /// The municipality.
    public let municipality: Municipality.ID
    /// Hosted FTE.
    public let fte: Double
    /// Hosted services.
    public let services: Int
    /// Its population share (0–1).
    public let populationShare: Double
    /// The balance target (population share of all FTE), when a band applies.
    public let target: Double?
    /// The band's lower edge.
    public let lower: Double?
    /// The band's upper edge.
    public let upper: Double?
}
