public import Vertsval

/// How a rule stands in an assignment: what the table of applied rules says of it.
///
/// A rule *binds* when the assignment would score more without it alone (the rules of
/// ``AssignmentResult/bindingRules``). A rule that only moves a service together with other
/// rules (``Displacement/movedByTogether``) binds *with others*. A rule the assignment
/// meets exactly without binding is *at its bound*.
public enum RuleStanding: Sendable, Hashable {
    /// Without the rule alone the assignment would score `gain` points more.
    case binds(gain: Double)
    /// Only removed together with other rules does a service move to a better-valued host.
    case bindsWithOthers
    /// The assignment is exactly at the bound, but removing the rule alone changes nothing.
    case atBound
    /// There is room: removing the rule alone changes nothing.
    case slack
    /// Removing the rule was not tried (no explanation, or its time limit came first);
    /// `atBound` says whether the assignment is at the bound.
    case untested(atBound: Bool)

    /// Whether the rule binds on its own.
    public var bindsAlone: Bool {
        if case .binds = self { return true }
        return false
    }
}

extension AssignmentResult {
    /// How `rule` stands in this assignment (see ``RuleStanding``).
    public func standing(of rule: AppliedRule) -> RuleStanding {
        if let binding = bindingRules.first(where: { $0.rule == rule.rule }) { return .binds(gain: binding.gainIfRemoved) }
        if displaced.contains(where: { $0.movedByTogether.contains(rule.rule) }) { return .bindsWithOthers }
        guard rule.tested else { return .untested(atBound: rule.isAtBound) }
        return rule.isAtBound ? .atBound : .slack
    }

    /// The displacement of `service`, when it is not at its best-valued municipality and
    /// the explanation got to it.
    public func displacement(of service: PortfolioService.ID) -> Displacement? {
        displaced.first { $0.service == service }
    }
}
