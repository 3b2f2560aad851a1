import Testing
import Vertsval
import VertsvalOptimizer
@testable import VertsvalReport

/// The balance table shows absolute FTE bounds as bands too, combined with the balance
/// band by the tighter end, instead of «–» for a bound that binds.
@Suite struct BalanceBandTests {
    static func portfolio(balance: PortfolioRules.BalanceBand?) -> Portfolio {
        let municipalities = ["a", "b", "c"].enumerated().map { index, id in
            Municipality(
                id: Municipality.ID(id), number: "\(index)", name: id.uppercased(), population: 1000, populationYear: 2024,
                populationSource: "t", centre: id)
        }
        let region = Region(
            id: "r", name: LocalizedText(nn: "R"), municipalities: municipalities,
            travelTimes: TravelTimeMatrix(minutes: ["a": ["b": 10, "c": 10], "b": ["c": 10]], isEstimate: true))
        var rules = PortfolioRules()
        rules.balance = balance
        rules.fteBounds = [.init(municipality: "a", minimum: 2, maximum: nil), .init(municipality: "b", minimum: nil, maximum: 3)]
        return Portfolio(
            id: "p", title: LocalizedText(nn: "P"), region: region,
            services: [
                PortfolioService(id: "s1", name: LocalizedText(nn: "S1"), fte: 2, status: .open, values: ["a": 50, "b": 60]),
                PortfolioService(id: "s2", name: LocalizedText(nn: "S2"), fte: 4, status: .open, values: ["b": 70, "c": 40]),
            ],
            rules: rules)
    }

    @Test("FTE bounds alone: one-sided bands, and «–» where no bound applies")
    func boundsOnly() throws {
        let portfolio = Self.portfolio(balance: nil)
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
        let report = PortfolioReport(portfolio, result: result, language: .nn)
        let bands = result.loads.map { report.band($0) }
        #expect(bands == ["≥\u{00A0}2,0", "≤\u{00A0}3,0", "–"])
    }

    @Test("With a balance band, each end is the tighter of the band and the bound")
    func combined() throws {
        let portfolio = Self.portfolio(balance: .init(relative: 1, absolute: 0))
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
        let report = PortfolioReport(portfolio, result: result, language: .nn)
        // Target 2 FTE each (6 FTE, equal populations), band ±100 %: 0–4; a's minimum 2 and
        // b's maximum 3 are tighter.
        let bands = result.loads.map { report.band($0) }
        #expect(bands == ["2,0–4,0", "0,0–3,0", "0,0–4,0"])
    }
}
