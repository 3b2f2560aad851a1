/// Each municipality's position across a portfolio: what it pays by the cost keys and
/// what it hosts.
public struct NetPosition: Sendable, Hashable {
    /// The municipality.
    public let municipality: Municipality.ID
    /// Its cost per service (NOK), for services with a budget.
    public let costByService: [PortfolioService.ID: Double]
    /// Its total cost (NOK).
    public let cost: Double
    /// Its share of the total cost (0–1).
    public let costShare: Double
    /// FTE it hosts.
    public let hostedFTE: Double
    /// Its share of all hosted FTE (0–1).
    public let fteShare: Double
    /// Its share of the population (0–1).
    public let populationShare: Double

    /// Jobs share minus cost share, in percentage points: positive when the municipality
    /// hosts a larger share of the jobs than it pays of the cost.
    public var balance: Double { 100 * (fteShare - costShare) }

    /// The positions of every municipality for `hosts` (service id → municipality).
    ///
    /// Services without a budget add no cost; services without a host in `hosts` add no
    /// FTE. The cost key is the service's, the portfolio's or the region's; a service with
    /// none is shared by population only.
    public static func positions(_ portfolio: Portfolio, hosts: [PortfolioService.ID: Municipality.ID]) -> [NetPosition] {
        let region = portfolio.region
        var cost: [Municipality.ID: [PortfolioService.ID: Double]] = [:]
        for service in portfolio.services {
            guard let budget = service.budget else { continue }
            let key = portfolio.costKey(for: service) ?? CostKey(equalShare: 0)
            for (municipality, amount) in CostSharing.amounts(of: budget, key: key, region: region) {
                cost[municipality, default: [:]][service.id] = amount
            }
        }
        // Sums run in portfolio and region order, never in dictionary order, so that the
        // same input gives the same bits.
        let serviceOrder = portfolio.services.map(\.id)
        func paid(by municipality: Municipality.ID) -> Double {
            serviceOrder.reduce(0) { $0 + (cost[municipality]?[$1] ?? 0) }
        }
        let totalCost = region.municipalities.reduce(0) { $0 + paid(by: $1.id) }
        var fte: [Municipality.ID: Double] = [:]
        for service in portfolio.services {
            if let host = hosts[service.id] { fte[host, default: 0] += service.fte }
        }
        let totalFTE = region.municipalities.reduce(0) { $0 + (fte[$1.id] ?? 0) }
        return region.municipalities.map { municipality in
            let byService = cost[municipality.id] ?? [:]
            let paid = paid(by: municipality.id)
            let hosted = fte[municipality.id] ?? 0
            return NetPosition(
                municipality: municipality.id, costByService: byService, cost: paid,
                costShare: totalCost > 0 ? paid / totalCost : 0, hostedFTE: hosted, fteShare: totalFTE > 0 ? hosted / totalFTE : 0,
                populationShare: region.populationShare(of: municipality.id))
        }
    }
}
