import Foundation
import Testing
import Vertsval
import VertsvalSynthetic
import VertsvalTestSupport

/// Written portfolios (GAP conversions and synthetic instances) load back unchanged.
@Suite struct GAPPortfolioWriterTests {
    /// Loads what `PortfolioWriter` wrote for `portfolio`.
    func roundTrip(_ portfolio: Portfolio) throws -> Portfolio {
        let folder = TestSupport.temporaryFolder("vertsval-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("portfolio.yaml").path
        try PortfolioWriter.write(portfolio, to: path)
        return try Loader.loadPortfolio(at: path).portfolio
    }

    func expectSame(_ a: Portfolio, _ b: Portfolio) {
        #expect(a.id == b.id)
        #expect(a.region.municipalities.map(\.id) == b.region.municipalities.map(\.id))
        #expect(a.region.municipalities.map(\.population) == b.region.municipalities.map(\.population))
        #expect(a.services.count == b.services.count)
        for (x, y) in zip(a.services, b.services) {
            #expect(x.id == y.id)
            #expect(x.fte == y.fte)
            #expect(x.fteAt == y.fteAt)
            #expect(x.values == y.values, "\(x.id)")
            #expect(x.importance == y.importance)
            #expect(x.decidedHost == y.decidedHost)
        }
        #expect(a.rules.fteBounds == b.rules.fteBounds)
        #expect(a.rules.balance == b.rules.balance)
        for m in a.region.municipalities {
            #expect(a.region.populationShare(of: m.id) == b.region.populationShare(of: m.id))
        }
    }

    @Test("A converted GAP instance loads back with per-municipality FTE and capacities")
    func gapRoundTrip() throws {
        let gap = try #require(try GAPInstance.parse(GAPInstanceTests.single, name: "tiny").first)
        for sense in GAPInstance.Sense.allCases {
            let portfolio = gap.portfolio(sense: sense)
            expectSame(portfolio, try roundTrip(portfolio))
        }
    }

    @Test("Scaled (fractional) values survive the round trip exactly")
    func fractionalValues() throws {
        let gap = GAPInstance(name: "wide", cost: [[13, 997], [501, 27]], resource: [[1, 2], [3, 1]], capacity: [4, 4])
        let portfolio = gap.portfolio(sense: .minimize)
        expectSame(portfolio, try roundTrip(portfolio))
    }

    @Test("Generated county portfolios (loose and tight) load back", arguments: [SyntheticPortfolio.Band.tight, .loose])
    func syntheticRoundTrip(band: SyntheticPortfolio.Band) throws {
        let portfolio = SyntheticPortfolio.make(municipalities: 43, services: 60, band: band, seed: 43)
        expectSame(portfolio, try roundTrip(portfolio))
    }
}
