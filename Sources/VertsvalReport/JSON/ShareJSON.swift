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
            return Service(
                service: item.id, budget: item.budget, equalPercent: item.key.map { 100 * $0.equalShare }, basis: basis, amounts: item.amounts)
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
    enum CodingKeys: String, CodingKey { case service, budget, equalPercent, basis, amounts }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(service, forKey: .service)
        try c.encode(budget, forKey: .budget)
        try c.encode(equalPercent, forKey: .equalPercent)
        try c.encode(basis, forKey: .basis)
        try c.encode(amounts, forKey: .amounts)
    }
}
