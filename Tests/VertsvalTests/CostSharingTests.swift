import Testing
import Vertsval
import VertsvalTestSupport

/// `CostSharing` against the key applied by hand: `equal / n + (1 − equal) × basis / Σ basis`
/// from the region file's populations, and the totals and net positions summed by hand.
@Suite struct CostSharingTests {
    /// Each municipality's share by `equal` and population, written out from the formula.
    static func handShares(equal: Double, region: Region) -> [Municipality.ID: Double] {
        var population = 0.0
        for municipality in region.municipalities { population += Double(municipality.population) }
        var shares: [Municipality.ID: Double] = [:]
        for municipality in region.municipalities {
            shares[municipality.id] = equal / Double(region.municipalities.count) + (1 - equal) * Double(municipality.population) / population
        }
        return shares
    }

    @Test("A case's budget is shared 25 % equally and 75 % by population, as the region's key says")
    func caseSharesMatchTheKeyByHand() throws {
        let loaded = try TestSupport.fourCandidateCase()
        let sharing = CostSharing(case: loaded)
        let budget = try #require(loaded.case.service.budget)
        #expect(budget == 10_500_000)
        let key = try #require(loaded.region.costKey)
        #expect(key.equalShare == 0.25)
        let hand = Self.handShares(equal: 0.25, region: loaded.region)
        let item = try #require(sharing.items.first)
        #expect(sharing.items.count == 1)
        #expect(item.key == key)
        #expect(sharing.keys == [key])
        #expect(sharing.itemsWithoutKey.isEmpty)
        #expect(sharing.total == budget)
        for municipality in loaded.region.municipalities {
            let share = try #require(hand[municipality.id])
            #expect(abs((item.shares[municipality.id] ?? -1) - share) < 1e-12, "\(municipality.id)")
            #expect(abs((item.amounts[municipality.id] ?? -1) - share * budget) < 1e-6, "\(municipality.id)")
            #expect(abs((sharing.totals[municipality.id] ?? -1) - share * budget) < 1e-6, "\(municipality.id)")
            #expect(abs((sharing.shares[municipality.id] ?? -1) - share) < 1e-12, "\(municipality.id)")
        }
        // Sogndal is the largest municipality: more than an equal sixth, less than its
        // population share.
        let sogndal = try #require(sharing.shares["sogndal"])
        #expect(sogndal > 1.0 / 6 && sogndal < loaded.region.populationShare(of: "sogndal"))
        #expect(sharing.positions == nil)
        #expect(sharing.positionsCost == 0 && sharing.positionsFTE == 0)
    }

    @Test("A portfolio's totals, shares and net positions equal the services summed by hand")
    func portfolioTotalsMatchSumsByHand() throws {
        let loaded = try Loader.loadPortfolio(at: TestSupport.path("Cases/sogn/tenester-2027.yaml"))
        let portfolio = loaded.portfolio
        let region = portfolio.region
        let hosts: [PortfolioService.ID: Municipality.ID] = [
            "barnevern": "sogndal", "nav-sogn": "ardal", "kart-oppmaling-gis": "luster", "ppt": "luster",
        ]
        let sharing = CostSharing(portfolio: portfolio, hosts: hosts)
        #expect(sharing.items.map(\.id) == portfolio.services.map(\.id.rawValue))

        // Every service here uses the region's key (25 % equal, the rest by population).
        let hand = Self.handShares(equal: 0.25, region: region)
        var budgets = 0.0
        var paid: [Municipality.ID: Double] = [:]
        for service in portfolio.services {
            #expect(portfolio.costKey(for: service)?.equalShare == 0.25)
            guard let budget = service.budget else { continue }
            budgets += budget
            for municipality in region.municipalities {
                paid[municipality.id, default: 0] += budget * (hand[municipality.id] ?? 0)
            }
        }
        #expect(budgets > 0)
        #expect(abs(sharing.total - budgets) < 1e-6)
        var hostedFTE: [Municipality.ID: Double] = [:]
        for service in portfolio.services {
            if let host = hosts[service.id] { hostedFTE[host, default: 0] += service.fte }
        }
        let allHosted = hostedFTE.values.reduce(0, +)
        #expect(allHosted == 18 + 8 + 6 + 9)
        let positions = try #require(sharing.positions)
        #expect(positions.map(\.municipality) == region.municipalities.map(\.id))
        for position in positions {
            let id = position.municipality
            let cost = paid[id] ?? 0
            #expect(abs((sharing.totals[id] ?? -1) - cost) < 1e-4, "\(id)")
            #expect(abs((sharing.shares[id] ?? -1) - cost / budgets) < 1e-12, "\(id)")
            #expect(abs(position.cost - cost) < 1e-4, "\(id)")
            #expect(abs(position.costShare - cost / budgets) < 1e-12, "\(id)")
            #expect(abs(position.hostedFTE - (hostedFTE[id] ?? 0)) < 1e-12, "\(id)")
            #expect(abs(position.fteShare - (hostedFTE[id] ?? 0) / allHosted) < 1e-12, "\(id)")
        }
        #expect(abs(sharing.positionsCost - budgets) < 1e-4)
        #expect(abs(sharing.positionsFTE - allHosted) < 1e-12)
        #expect(abs(sharing.shares.values.reduce(0, +) - 1) < 1e-12)
    }

    @Test("A custom key shares by its own figures; a service without any key is shared by population and listed")
    func customAndMissingKeys() throws {
        var portfolio = try Loader.loadPortfolio(at: TestSupport.path("Cases/sogn/tenester-2027.yaml")).portfolio
        let ids = portfolio.region.municipalities.map(\.id)
        // Private sewage systems 1, 2, 3 … per municipality, 40 % equal.
        let figures = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Double($0 + 1)) })
        let custom = CostKey(equalShare: 0.4, basis: .custom(name: LocalizedText(nn: "avløpsanlegg"), values: figures))
        portfolio.services[0].costKey = custom
        portfolio.region.costKey = nil
        portfolio.costKey = nil
        let sharing = CostSharing(portfolio: portfolio, hosts: [:])

        let first = sharing.items[0]
        let sum = Double(ids.count * (ids.count + 1) / 2)
        for (index, id) in ids.enumerated() {
            let share = 0.4 / Double(ids.count) + 0.6 * Double(index + 1) / sum
            #expect(abs((first.shares[id] ?? -1) - share) < 1e-12, "\(id)")
        }
        #expect(sharing.keys == [custom])
        // Every other service with a budget has no key: population alone.
        let unkeyed = portfolio.services.dropFirst().filter { $0.budget != nil }.map(\.id.rawValue)
        #expect(sharing.itemsWithoutKey.map(\.id) == unkeyed)
        let byPopulation = Self.handShares(equal: 0, region: portfolio.region)
        let second = sharing.items[1]
        #expect(second.key == nil)
        for id in ids {
            #expect(abs((second.shares[id] ?? -1) - (byPopulation[id] ?? 0)) < 1e-12, "\(id)")
            #expect(abs((second.amounts[id] ?? -1) - (second.budget ?? 0) * (byPopulation[id] ?? 0)) < 1e-6, "\(id)")
        }
        #expect(sharing.key == nil)
        // No hosts: nobody hosts anything, and every FTE share is 0.
        #expect(sharing.positionsFTE == 0)
        #expect(sharing.positions?.allSatisfy { $0.fteShare == 0 } == true)
    }

    @Test("A case without a budget has nothing to share")
    func noBudget() throws {
        var loaded = try TestSupport.fourCandidateCase()
        loaded.case.service.budget = nil
        let sharing = CostSharing(case: loaded)
        #expect(!sharing.hasBudget)
        #expect(sharing.total == 0)
        #expect(sharing.items.first?.amounts.isEmpty == true)
        #expect(sharing.totals.values.allSatisfy { $0 == 0 })
        #expect(sharing.shares.values.allSatisfy { $0 == 0 })
    }
}
