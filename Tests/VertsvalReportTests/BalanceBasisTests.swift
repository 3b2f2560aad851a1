import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalTestSupport

@testable import VertsvalReport

/// One meaning of regional balance: the portfolio's balance table shows, next to the FTE its
/// rules count, the basis of the cases' `hostedShareGap` criterion, and the criterion's value
/// for each candidate is that figure minus the population share, both recomputed by hand
/// from the region's register and populations.
@Suite struct BalanceBasisTests {
    static let portfolioPath = TestSupport.path("Cases/sogn/tenester-2027.yaml")

    @Test("The criterion's value equals the share in «Ordningar i dag» minus the population share, by hand from the register")
    func criterionMatchesTable() throws {
        let loaded = try Loader.loadPortfolio(at: Self.portfolioPath)
        let portfolio = loaded.portfolio
        let region = portfolio.region
        let criterion = try #require(portfolio.balanceCriteria.first)
        #expect(portfolio.balanceCriteria.count == 1)
        #expect(criterion.id == "balanse")
        guard case .hostedShareGap(.arrangements)? = criterion.computed else {
            Issue.record("the bundled template counts arrangements")
            return
        }
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
        let report = PortfolioReport(portfolio, result: result, language: .nn)
        let table = report.balanceTable()
        #expect(table.columns.map(\.title) == ["Kommune", "Folketal", "Mål", "Band", "Årsverk", "Del", "Tenester", "Ordningar i dag"])

        // By hand: the arrangements with a known host that are not only proposed, each once.
        let counted = region.cooperation.filter { $0.host != nil && $0.status != .proposed }
        #expect(counted.map(\.id) == ["barnevern", "nav-sogn", "kart-oppmaling-gis", "skog-i-sogn"])
        let population = region.municipalities.reduce(0.0) { $0 + Double($1.population) }
        let n = NumberFormat(.nn)
        var hostedFTE: [Municipality.ID: Double] = [:]
        for item in result.assignment { hostedFTE[item.host, default: 0] += portfolio.service(item.service)?.fte ?? 0 }
        let allFTE = hostedFTE.values.reduce(0, +)

        // The criterion's values as the cases' evaluations compute them.
        var criterionValues: [Municipality.ID: Double] = [:]
        for loadedCase in loaded.cases.values {
            let evaluation = Evaluator.evaluate(loadedCase, weights: try WeightSet(template: loadedCase.template))
            for candidate in evaluation.candidates {
                if case let .measure(value)? = candidate.raw[criterion.id] { criterionValues[candidate.municipality.id] = value }
            }
        }
        #expect(Set(criterionValues.keys) == ["luster", "sogndal", "ardal", "laerdal", "vik"])

        for (row, municipality) in zip(table.rows, region.municipalities) {
            let hosted = Double(counted.filter { $0.host == municipality.id }.count)
            let share = hosted / Double(counted.count)
            let populationShare = Double(municipality.population) / population
            #expect(row[0] == municipality.name)
            #expect(row[1] == n.percent(100 * populationShare, decimals: 1))
            #expect(row[5] == n.percent(100 * (hostedFTE[municipality.id] ?? 0) / allFTE, decimals: 1), "\(municipality.id)")
            #expect(row[7] == "\(Int(hosted)) (\(n.percent(100 * share, decimals: 1)))", "\(municipality.id)")
            if let value = criterionValues[municipality.id] {
                #expect(abs(value - 100 * (share - populationShare)) < 1e-9, "\(municipality.id)")
            }
        }
        // Sogndal: 1 of 4 arrangements (25,0 %) against 41,7 % of the population, so the
        // criterion says under-represented, while it hosts 54,8 % of the portfolio's FTE.
        let sogndal = try #require(criterionValues["sogndal"])
        #expect(abs(sogndal - 100 * (0.25 - 12_097 / 28_990)) < 1e-9)
        #expect(table.caption?.hasPrefix("Balanse, rekna i årsverk:") == true)
        // The caption stays short; what each basis counts follows the table.
        #expect(table.caption?.contains("Ordningar i dag") == false)
        let caption = try #require(report.balanceBasis())
        #expect(caption.contains("«Ordningar i dag» er grunnlaget for kriteriet «Regional balanse i vertskommuneordningar» i sakene"))
        #expect(caption.contains("i dag (4 i alt), kvar talt éin gong"))
        #expect(
            caption.contains(
                "Størst skilnad mellom grunnlaga: Sogndal har \(n.percent(25, decimals: 1)) av ordningane i dag, men \(n.percent(100 * (hostedFTE["sogndal"] ?? 0) / allFTE, decimals: 1)) av årsverka etter tildelinga"
            ))
    }

    @Test("A portfolio without cases has no criterion basis: the table is FTE only, and says so")
    func inlineOnly() throws {
        var portfolio = try Loader.loadPortfolio(at: Self.portfolioPath).portfolio
        portfolio.balanceCriteria = []
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
        let report = PortfolioReport(portfolio, result: result, language: .en)
        let table = report.balanceTable()
        #expect(report.balanceBasis() == nil)
        #expect(table.columns.count == 7)
        #expect(table.caption?.hasPrefix("Balance, counted in FTE:") == true)
        #expect(table.caption?.contains("arrangements") == false)
    }
}
