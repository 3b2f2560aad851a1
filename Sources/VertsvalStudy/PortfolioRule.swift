public import Vertsval

/// A rule of a portfolio that a what-if run can switch off: the balance band, the FTE
/// bounds, the service counts, or one co-location or separation pair.
public enum PortfolioRule: Sendable, Hashable {
    /// Hosted FTE within a band around the population share.
    case balance
    /// Absolute FTE bounds per municipality.
    case fteBounds
    /// Minimum and maximum number of services per municipality.
    case serviceCount
    /// Two services that must share a host.
    case together(first: PortfolioService.ID, second: PortfolioService.ID)
    /// Two services that must not share a host.
    case apart(first: PortfolioService.ID, second: PortfolioService.ID)

    /// The rules of `portfolio` that can be switched off, in the portfolio's order.
    public static func all(in portfolio: Portfolio) -> [PortfolioRule] {
        var rules: [PortfolioRule] = []
        if portfolio.rules.balance != nil { rules.append(.balance) }
        if !portfolio.rules.fteBounds.isEmpty { rules.append(.fteBounds) }
        if portfolio.rules.serviceCount != nil { rules.append(.serviceCount) }
        rules += portfolio.rules.together.map { .together(first: $0.first, second: $0.second) }
        rules += portfolio.rules.apart.map { .apart(first: $0.first, second: $0.second) }
        return rules
    }

    /// The token that names the rule on the command line and in the web API:
    /// `balance`, `fte`, `services`, `together:a+b`, `apart:a+b`.
    public var token: String {
        switch self {
        case .balance: "balance"
        case .fteBounds: "fte"
        case .serviceCount: "services"
        case let .together(a, b): "together:\(a)+\(b)"
        case let .apart(a, b): "apart:\(a)+\(b)"
        }
    }

    /// The rule of `portfolio` that `token` names.
    ///
    /// - Throws: `StudyError.unknownRule` with the tokens that would be right.
    public static func named(_ token: String, in portfolio: Portfolio) throws(StudyError) -> PortfolioRule {
        let rules = all(in: portfolio)
        guard let rule = rules.first(where: { $0.token == token }) else {
            let valid = rules.map(\.token)
            throw .unknownRule(token, suggestion: Suggestion.closest(to: token, in: valid), valid: valid)
        }
        return rule
    }
}

extension Portfolio {
    /// The portfolio with `rules` switched off.
    public func without(_ rules: Set<PortfolioRule>) -> Portfolio {
        var copy = self
        if rules.contains(.balance) { copy.rules.balance = nil }
        if rules.contains(.fteBounds) { copy.rules.fteBounds = [] }
        if rules.contains(.serviceCount) { copy.rules.serviceCount = nil }
        copy.rules.together.removeAll { rules.contains(.together(first: $0.first, second: $0.second)) }
        copy.rules.apart.removeAll { rules.contains(.apart(first: $0.first, second: $0.second)) }
        return copy
    }
}
