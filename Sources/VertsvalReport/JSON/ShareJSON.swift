public import Vertsval

/// The JSON form of `vertsval share` (schema `vertsval.share/1`).
public struct ShareJSON: Encodable, Sendable {
    public let schema = "vertsval.share/1"
    /// Where the result comes from (what-if or not, every deviation and its source);
    /// null only when built outside a use case.
    public var provenance: ProvenanceJSON?
    public let services: [Service]
    /// Present for portfolios: cost against hosted jobs per municipality.
    public let municipalities: [Position]

    public struct Service: Encodable, Sendable {
        public let service: String
        public let budget: Double?
        /// The equally shared part, percent.
        public let equalPercent: Double?
        /// `population` or `custom`.
        public let basis: String?
        /// Municipality → NOK per year (of `budget`, before any host's overhead).
        public let amounts: [Municipality.ID: Double]
        /// For a case whose budget follows the host: the budget under each candidate host;
        /// null otherwise.
        public let byHost: ByHost?
    }

    /// A case's budget under each candidate host (`service.overheadCriterion`).
    public struct ByHost: Encodable, Sendable {
        /// The criterion whose values are the overheads.
        public let criterion: String
        /// The budget before any overhead, NOK per year.
        public let baseBudget: Double
        /// Each candidate host, in case order (those a knock-out rule excludes left out).
        public let hosts: [Host]
        /// The host with the lowest and the highest budget.
        public let cheapest: Municipality.ID
        public let dearest: Municipality.ID
        /// `dearest` minus `cheapest`, NOK per year: the whole budget, and per municipality.
        public let difference: Double
        public let differences: [Municipality.ID: Double]
    }

    /// The budget with one candidate as host.
    public struct Host: Encodable, Sendable {
        public let host: Municipality.ID
        /// Percent of the base budget.
        public let overheadPercent: Double
        /// NOK per year, overhead included.
        public let budget: Double
        /// Municipality → NOK per year.
        public let amounts: [Municipality.ID: Double]
    }

    public struct Position: Encodable, Sendable {
        public let municipality: Municipality.ID
        public let cost: Double
        public let costSharePercent: Double
        public let hostedFTE: Double
        public let fteSharePercent: Double
        public let populationSharePercent: Double
    }

    /// The JSON form of `sharing`: its fields, with fractions as percentages.
    public init(_ sharing: CostSharing) {
        services = sharing.items.map { item in
            var basis: String?
            if let key = item.key {
                switch key.basis {
                case .population: basis = "population"
                case .custom: basis = "custom"
                }
            }
            // Only a case has a budget that follows the host, and a case has one item.
            let byHost = sharing.byHost.map { byHost in
                ByHost(
                    criterion: byHost.criterion.id.rawValue, baseBudget: byHost.baseBudget,
                    hosts: byHost.hosts.map {
                        Host(host: $0.municipality, overheadPercent: $0.overheadPercent, budget: $0.budget, amounts: $0.amounts)
                    },
                    cheapest: byHost.cheapest.municipality, dearest: byHost.dearest.municipality, difference: byHost.difference,
                    differences: byHost.differences)
            }
            return Service(
                service: item.id, budget: item.budget, equalPercent: item.key.map { 100 * $0.equalShare }, basis: basis, amounts: item.amounts,
                byHost: byHost)
        }
        municipalities = (sharing.positions ?? []).map {
            Position(
                municipality: $0.municipality, cost: $0.cost, costSharePercent: 100 * $0.costShare, hostedFTE: $0.hostedFTE,
                fteSharePercent: 100 * $0.fteShare, populationSharePercent: 100 * $0.populationShare)
        }
    }

    /// The JSON text.
    public func encoded() throws -> String { try JSONOutput.encode(self) }

    enum CodingKeys: String, CodingKey { case schema, provenance, services, municipalities }

    /// Every key is written, absent values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(services, forKey: .services)
        try c.encode(municipalities, forKey: .municipalities)
    }
}

extension ShareJSON.Service {
    enum CodingKeys: String, CodingKey { case service, budget, equalPercent, basis, amounts, byHost }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(service, forKey: .service)
        try c.encode(budget, forKey: .budget)
        try c.encode(equalPercent, forKey: .equalPercent)
        try c.encode(basis, forKey: .basis)
        try c.encode(amounts, forKey: .amounts)
        try c.encode(byHost, forKey: .byHost)
    }
}
