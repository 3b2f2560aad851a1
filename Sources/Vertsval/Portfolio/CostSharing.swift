/// How the budgets of one case's service or of a portfolio's services are shared between
/// the region's municipalities by their cost keys.
///
/// Every figure a cost-sharing output shows is computed here, once: each service's amount
/// per municipality, each municipality's total and share of the whole, and, for a
/// portfolio, each municipality's net position (jobs hosted against cost paid). Reports
/// and JSON only format these fields.
///
/// ```swift
/// let sharing = CostSharing(case: try Loader.loadCase(at: "Cases/sogn/ppt-vertskommune.yaml"))
/// sharing.totals["sogndal"]   // NOK per year
/// sharing.shares["sogndal"]   // 0–1
/// ```
///
/// Sums run in service order and region order, never in dictionary order, so the same
/// input gives the same bits.
///
/// - Complexity: O(services × municipalities).
public struct CostSharing: Sendable {
    /// One service and its budget shared by its key.
    public struct Item: Sendable {
        /// The case or service id, as written (a case's id for a case, the service's for a
        /// portfolio).
        public let id: String
        /// The service's name.
        public let name: LocalizedText
        /// The yearly budget in NOK, when known.
        public let budget: Double?
        /// The key that applies (the service's or case's own, the portfolio's, or the
        /// region's); nil when none is given, and the budget is then shared by population
        /// alone.
        public let key: CostKey?
        /// Each municipality's share of the budget (fractions summing to 1), by `key` or,
        /// without one, by population alone.
        public let shares: [Municipality.ID: Double]
        /// Each municipality's amount in NOK per year (`share × budget`); empty without a
        /// budget.
        public let amounts: [Municipality.ID: Double]

        /// Shares `budget` by `key` (population alone when nil) over `region`.
        public init(id: String, name: LocalizedText, budget: Double?, key: CostKey?, region: Region) {
            self.id = id
            self.name = name
            self.budget = budget
            self.key = key
            let shares = CostSharing.shares(key: key ?? CostKey(equalShare: 0), region: region)
            self.shares = shares
            self.amounts = budget.map { budget in shares.mapValues { $0 * budget } } ?? [:]
        }
    }

    /// The case's or portfolio's title.
    public let title: LocalizedText
    /// The region whose municipalities share the cost.
    public let region: Region
    /// The key stated for the whole: a portfolio's own or the region's; for a case, the
    /// case's or the region's.
    public let key: CostKey?
    /// The services, in case or portfolio order.
    public let items: [Item]
    /// The distinct keys of the items, in the order the items first use them.
    public let keys: [CostKey]
    /// The items with a budget but no key, shared by population alone.
    public let itemsWithoutKey: [Item]
    /// The sum of the budgets, NOK per year.
    public let total: Double
    /// Each municipality's cost summed over the items with a budget, NOK per year.
    public let totals: [Municipality.ID: Double]
    /// Each municipality's part of `total` (0–1); 0 when `total` is 0.
    public let shares: [Municipality.ID: Double]
    /// For a case whose budget follows the host (`service.overheadCriterion`): the budget
    /// and each municipality's amount under each candidate host; nil when one budget holds
    /// whoever hosts, and for a portfolio.
    public let byHost: HostBudgets?
    /// For a portfolio, every municipality's net position in region order; nil for a case.
    public let positions: [NetPosition]?
    /// The cost of all positions together, NOK per year (0 for a case).
    public let positionsCost: Double
    /// The FTE hosted across all positions (0 for a case).
    public let positionsFTE: Double

    /// Whether any item has a budget, so that there is something to share.
    public var hasBudget: Bool { items.contains { $0.budget != nil } }

    /// The sharing of one case's service budget by the case's key or the region's, under
    /// each candidate host when the budget follows the host.
    public init(case loaded: LoadedCase) {
        self.init(loaded.case, template: loaded.template, region: loaded.region)
    }

    /// The sharing of `serviceCase`'s budget over `region` by the case's key or the
    /// region's.
    ///
    /// When the case names an overhead criterion in `template`, the budget is also shared
    /// under each of `hosts` (default: every candidate, in case order) with that host's
    /// overhead added; `item.budget` stays the base budget as written.
    public init(_ serviceCase: Case, template: Template, region: Region, hosts: [Municipality.ID]? = nil) {
        let key = serviceCase.costKey ?? region.costKey
        let item = Item(id: serviceCase.id, name: serviceCase.service.name, budget: serviceCase.service.budget, key: key, region: region)
        let byHost = HostBudgets(
            serviceCase, template: template, hosts: hosts ?? serviceCase.candidates.map(\.municipality),
            shares: item.shares)
        self.init(title: serviceCase.title, region: region, key: key, items: [item], positions: nil, byHost: byHost)
    }

    /// The sharing of every service of `portfolio` by its key, with each municipality's
    /// net position for `hosts` (service id → municipality).
    ///
    /// Services without a budget add no cost; services without a host in `hosts` add no
    /// FTE to the positions.
    public init(portfolio: Portfolio, hosts: [PortfolioService.ID: Municipality.ID]) {
        let region = portfolio.region
        let items = portfolio.services.map {
            Item(id: $0.id.rawValue, name: $0.name, budget: $0.budget, key: portfolio.costKey(for: $0), region: region)
        }
        self.init(
            title: portfolio.title, region: region, key: portfolio.costKey ?? region.costKey, items: items,
            positions: NetPosition.positions(portfolio, hosts: hosts), byHost: nil)
    }

    private init(title: LocalizedText, region: Region, key: CostKey?, items: [Item], positions: [NetPosition]?, byHost: HostBudgets?) {
        self.byHost = byHost
        self.title = title
        self.region = region
        self.key = key
        self.items = items
        var keys: [CostKey] = []
        for key in items.compactMap(\.key) where !keys.contains(key) { keys.append(key) }
        self.keys = keys
        self.itemsWithoutKey = items.filter { $0.budget != nil && $0.key == nil }
        let budgeted = items.filter { $0.budget != nil }
        let total = budgeted.reduce(0) { $0 + ($1.budget ?? 0) }
        self.total = total
        var totals: [Municipality.ID: Double] = [:]
        var shares: [Municipality.ID: Double] = [:]
        for municipality in region.municipalities {
            let paid = budgeted.reduce(0) { $0 + ($1.amounts[municipality.id] ?? 0) }
            totals[municipality.id] = paid
            shares[municipality.id] = total > 0 ? paid / total : 0
        }
        self.totals = totals
        self.shares = shares
        self.positions = positions
        self.positionsCost = (positions ?? []).reduce(0) { $0 + $1.cost }
        self.positionsFTE = (positions ?? []).reduce(0) { $0 + $1.hostedFTE }
    }
}

extension CostSharing {
    /// Each participant's share (fractions summing to 1): `equal / n + (1 − equal) ×
    /// basis(m) / Σ basis`, over the region's municipalities.
    ///
    /// Example (Sogn KO, 25 % equal, 75 % by population 2022): Sogndal pays
    /// 0.25 / 6 + 0.75 × 12 097 / 28 990 = 35.46 %.
    public static func shares(key: CostKey, region: Region) -> [Municipality.ID: Double] {
        let ids = region.municipalities.map(\.id)
        guard !ids.isEmpty else { return [:] }
        let basis: [Municipality.ID: Double]
        switch key.basis {
        case .population:
            basis = Dictionary(uniqueKeysWithValues: region.municipalities.map { ($0.id, Double($0.population)) })
        case let .custom(_, values):
            basis = values
        }
        let total = ids.reduce(0) { $0 + (basis[$1] ?? 0) }
        let equal = key.equalShare / Double(ids.count)
        return Dictionary(
            uniqueKeysWithValues: ids.map { id in
                (id, equal + (total > 0 ? (1 - key.equalShare) * (basis[id] ?? 0) / total : (1 - key.equalShare) / Double(ids.count)))
            })
    }

    /// Each municipality's amount of `budget`.
    public static func amounts(of budget: Double, key: CostKey, region: Region) -> [Municipality.ID: Double] {
        shares(key: key, region: region).mapValues { $0 * budget }
    }
}
