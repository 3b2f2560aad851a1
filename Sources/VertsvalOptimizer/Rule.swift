public import Vertsval

/// One rule of a portfolio as the optimiser sees it: a named set of constraint rows that
/// can be relaxed or removed as a whole.
public enum Rule: Sendable, Hashable, Comparable {
    /// Hosted FTE of a municipality at least the lower edge of its balance band.
    case balanceMinimum(municipality: Municipality.ID)
    /// Hosted FTE of a municipality at most the upper edge of its balance band.
    case balanceMaximum(municipality: Municipality.ID)
    /// Hosted FTE at least an absolute minimum.
    case fteMinimum(municipality: Municipality.ID)
    /// Hosted FTE at most an absolute maximum.
    case fteMaximum(municipality: Municipality.ID)
    /// At least this many services hosted.
    case countMinimum(municipality: Municipality.ID)
    /// At most this many services hosted.
    case countMaximum(municipality: Municipality.ID)
    /// Two services share a host.
    case together(PortfolioService.ID, PortfolioService.ID)
    /// Two services have different hosts.
    case apart(PortfolioService.ID, PortfolioService.ID)

    /// Whether the rule is about balance (FTE bands, absolute FTE bounds, service counts),
    /// the rules the "price of balance" leaves out.
    public var isBalance: Bool {
        switch self {
        case .together, .apart: false
        default: true
        }
    }

    /// The unit one step of relaxation adds: FTE for FTE rules, one service for counts.
    public var unit: RuleUnit? {
        switch self {
        case .balanceMinimum, .balanceMaximum, .fteMinimum, .fteMaximum: .fte
        case .countMinimum, .countMaximum: .services
        case .together, .apart: nil
        }
    }

    /// Whether the rule is a lower limit (relaxing lowers the bound).
    var isMinimum: Bool {
        switch self {
        case .balanceMinimum, .fteMinimum, .countMinimum: true
        default: false
        }
    }

    /// The municipality the rule is about, when it is about one.
    public var municipality: Municipality.ID? {
        switch self {
        case let .balanceMinimum(m), let .balanceMaximum(m), let .fteMinimum(m), let .fteMaximum(m),
            let .countMinimum(m), let .countMaximum(m):
            m
        case .together, .apart: nil
        }
    }

    /// A stable identifier for JSON and files: `balance-min:sogndal`, `together:ppt+kulturskule`.
    public var id: String {
        switch self {
        case let .balanceMinimum(m): "balance-min:\(m)"
        case let .balanceMaximum(m): "balance-max:\(m)"
        case let .fteMinimum(m): "fte-min:\(m)"
        case let .fteMaximum(m): "fte-max:\(m)"
        case let .countMinimum(m): "services-min:\(m)"
        case let .countMaximum(m): "services-max:\(m)"
        case let .together(a, b): "together:\(a)+\(b)"
        case let .apart(a, b): "apart:\(a)+\(b)"
        }
    }

    public static func < (lhs: Rule, rhs: Rule) -> Bool { lhs.id < rhs.id }
}

/// What one step of relaxing a rule means.
public enum RuleUnit: String, Sendable, Hashable {
    /// One full-time equivalent.
    case fte
    /// One service.
    case services
}
