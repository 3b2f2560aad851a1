import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalTestSupport

@Suite struct RobustAssignmentTests {
    static func sogn() throws -> LoadedPortfolio {
        try Loader.loadPortfolio(at: TestSupport.path("Cases/sogn/tenester-2027.yaml"))
    }

    @Test("No weight spread: every service keeps its host in every sample")
    func noSpread() throws {
        let loaded = try Self.sogn()
        let robust = try RobustAssignment.run(loaded.portfolio, cases: loaded.cases, samples: 50, seed: 1, weightSpread: 0)
        #expect(robust.services.allSatisfy { $0.kept == 1 })
        let optimum = try AssignmentOptimizer.optimize(loaded.portfolio, options: .init(explain: false))
        #expect(robust.services.map(\.host) == optimum.assignment.map(\.host))
        #expect(robust.services.filter(\.valuesVary).map(\.service) == ["ureining-miljo-tilsyn", "ppt"])
    }

    @Test("A wide spread makes the close case contested, and the same seed gives the same result")
    func wideSpread() throws {
        var loaded = try Self.sogn()
        // Without the balance rules, which keep ureining out of Sogndal (its band is full).
        loaded.portfolio.rules = PortfolioRules()
        let a = try RobustAssignment.run(loaded.portfolio, cases: loaded.cases, samples: 300, seed: 5, weightSpread: 1.0)
        let b = try RobustAssignment.run(loaded.portfolio, cases: loaded.cases, samples: 300, seed: 5, weightSpread: 1.0)
        #expect(a.services == b.services)
        let ureining = try #require(a.services.first { $0.service == "ureining-miljo-tilsyn" })
        // Luster leads Sogndal by 2.3 points: ±100 % weights move it often.
        #expect(ureining.kept < 0.95)
        #expect(abs(ureining.hosts.values.reduce(0, +) - 1) < 1e-9)
        // Decided services never move.
        #expect(a.services.first { $0.service == "barnevern" }?.kept == 1)
    }
}
