/// Several services to be hosted across a region, with the balance rules that apply to
/// them together.
public struct Portfolio: Sendable {
    /// Stable id.
    public var id: String
    /// Title, e.g. "Tenester frå 2027".
    public var title: LocalizedText
    /// The region the services are hosted in.
    public var region: Region
    /// A notice every output shows (e.g. that the figures are illustrative).
    public var notice: LocalizedText?
    /// Whether the figures are illustrative.
    public var illustrative: Bool
    /// The services in display order.
    public var services: [PortfolioService]
    /// The rules every assignment must satisfy.
    public var rules: PortfolioRules
    /// The default cost key (falls back to the region's).
    public var costKey: CostKey?
    /// The regional-balance criteria (`computed: hostedShareGap`) of the templates of the
    /// cases the portfolio takes values from, one per basis, first met in service order: what
    /// those cases' evaluations call regional balance, which is not necessarily the FTE the
    /// balance rules count. Empty when no such case is linked.
    public var balanceCriteria: [Criterion]

    /// Creates a portfolio.
    public init(
        id: String, title: LocalizedText, region: Region, notice: LocalizedText? = nil, illustrative: Bool = false,
        services: [PortfolioService], rules: PortfolioRules, costKey: CostKey? = nil, balanceCriteria: [Criterion] = []
    ) {
        self.balanceCriteria = balanceCriteria
        self.id = id
        self.title = title
        self.region = region
        self.notice = notice
        self.illustrative = illustrative
        self.services = services
        self.rules = rules
        self.costKey = costKey
    }

    /// The service with `id`.
    public func service(_ id: PortfolioService.ID) -> PortfolioService? {
        services.first { $0.id == id }
    }

    /// The sum of all services' full-time equivalents.
    public var totalFTE: Double { services.reduce(0) { $0 + $1.fte } }

    /// The cost key for `service`: its own, the portfolio's, or the region's.
    public func costKey(for service: PortfolioService) -> CostKey? {
        service.costKey ?? costKey ?? region.costKey
    }
}

/// One service in a portfolio.
public struct PortfolioService: Sendable, Identifiable {
    /// Where the host stands.
    public enum Status: Sendable, Hashable {
        /// The host is decided; the optimiser keeps it.
        case decided(host: Municipality.ID)
        /// The host is open; the optimiser chooses among the eligible municipalities.
        case open
    }

    /// Where the values come from.
    public enum ValueSource: Sendable, Hashable {
        /// Written in the portfolio file.
        case inline
        /// Totals of a case evaluated with its template's weights (the case's path as
        /// written, and the case id).
        case `case`(path: String, id: String)
    }

    /// Stable id.
    public var id: ID
    /// Display name.
    public var name: LocalizedText
    /// Full-time equivalents (årsverk) at the host.
    public var fte: Double
    /// Full-time equivalents at particular hosts, when they differ from `fte` (for example a
    /// generalized-assignment instance, where the resource a job uses depends on the agent);
    /// municipalities not listed use `fte`. Balance targets still use `fte`.
    public var fteAt: [Municipality.ID: Double]?
    /// Yearly budget in NOK, when known.
    public var budget: Double?
    /// How much the service's value counts in the objective (default 1).
    public var importance: Double
    /// Decided or open.
    public var status: Status
    /// Value 0–100 of hosting at each eligible municipality; its keys are the eligible
    /// municipalities (for a decided service: the host, with its value or 0).
    public var values: [Municipality.ID: Double] {
        didSet { eligible = Self.order(values) }
    }
    /// Where `values` come from.
    public var valueSource: ValueSource
    /// A cost key for this service, when it differs from the portfolio's.
    public var costKey: CostKey?
    /// For a decided service: whether its value was given (otherwise it counts as 0).
    public var hasDecidedValue: Bool

    /// Creates a service.
    public init(
        id: ID, name: LocalizedText, fte: Double, budget: Double? = nil, importance: Double = 1, status: Status,
        values: [Municipality.ID: Double], valueSource: ValueSource = .inline, costKey: CostKey? = nil, hasDecidedValue: Bool = false,
        fteAt: [Municipality.ID: Double]? = nil
    ) {
        self.hasDecidedValue = hasDecidedValue
        self.fteAt = fteAt
        self.id = id
        self.name = name
        self.fte = fte
        self.budget = budget
        self.importance = importance
        self.status = status
        self.values = values
        self.eligible = Self.order(values)
        self.valueSource = valueSource
        self.costKey = costKey
    }

    /// The municipalities that may host the service, in a stable order (by value, best
    /// first, then by id); kept with `values` (it was sorted on every use, 15 % of a
    /// national `optimize`).
    public private(set) var eligible: [Municipality.ID]

    private static func order(_ values: [Municipality.ID: Double]) -> [Municipality.ID] {
        // Sorted as (id, value) pairs, so that a comparison looks nothing up (the national
        // portfolio sorts 100 × 356 of them while loading).
        values.map { (id: $0.key, value: $0.value) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.id < $1.id }
            .map(\.id)
    }

    /// The full-time equivalents the service needs when `municipality` hosts it: its entry
    /// in `fteAt`, else `fte`.
    public func fte(at municipality: Municipality.ID) -> Double {
        fteAt?[municipality] ?? fte
    }

    /// The decided host, if any.
    public var decidedHost: Municipality.ID? {
        if case let .decided(host) = status { return host }
        return nil
    }
}

/// The rules an assignment of services must satisfy.
public struct PortfolioRules: Sendable {
    /// Hosted FTE of each municipality within a band around its population share of the
    /// portfolio's total FTE: target ± (relative × target + absolute).
    public struct BalanceBand: Sendable, Hashable {
        /// The relative half-width, as a fraction (0.4 = ±40 %).
        public var relative: Double
        /// The absolute half-width in FTE, added to the relative one.
        public var absolute: Double
        /// The municipalities the band applies to (all when nil).
        public var municipalities: [Municipality.ID]?

        /// Creates a band.
        public init(relative: Double, absolute: Double, municipalities: [Municipality.ID]? = nil) {
            self.relative = relative
            self.absolute = absolute
            self.municipalities = municipalities
        }
    }

    /// Absolute bounds on one municipality's hosted FTE.
    public struct FTEBounds: Sendable, Hashable {
        /// The municipality.
        public var municipality: Municipality.ID
        /// At least this many FTE.
        public var minimum: Double?
        /// At most this many FTE.
        public var maximum: Double?

        /// Creates bounds.
        public init(municipality: Municipality.ID, minimum: Double?, maximum: Double?) {
            self.municipality = municipality
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// Bounds on how many services each municipality hosts.
    public struct ServiceCount: Sendable, Hashable {
        /// At least this many, for every municipality eligible for that many services.
        public var minimum: Int?
        /// At most this many.
        public var maximum: Int?

        /// Creates count bounds.
        public init(minimum: Int?, maximum: Int?) {
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// Two services that must have the same host, or different hosts.
    public struct Pair: Sendable, Hashable {
        /// The first service.
        public var first: PortfolioService.ID
        /// The second service.
        public var second: PortfolioService.ID
        /// Why (shown in explanations).
        public var reason: LocalizedText?

        /// Creates a pair.
        public init(_ first: PortfolioService.ID, _ second: PortfolioService.ID, reason: LocalizedText? = nil) {
            self.first = first
            self.second = second
            self.reason = reason
        }
    }

    /// The balance band, if any.
    public var balance: BalanceBand?
    /// Absolute FTE bounds per municipality.
    public var fteBounds: [FTEBounds]
    /// Service-count bounds per municipality.
    public var serviceCount: ServiceCount?
    /// Pairs that must share a host (co-location).
    public var together: [Pair]
    /// Pairs that must not share a host (separation).
    public var apart: [Pair]

    /// Creates rules.
    public init(
        balance: BalanceBand? = nil, fteBounds: [FTEBounds] = [], serviceCount: ServiceCount? = nil, together: [Pair] = [],
        apart: [Pair] = []
    ) {
        self.balance = balance
        self.fteBounds = fteBounds
        self.serviceCount = serviceCount
        self.together = together
        self.apart = apart
    }
}
