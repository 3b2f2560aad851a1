import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalTestSupport

@Suite struct DiagnosisTests {
    static func region() -> Region {
        let municipalities = ["a", "b", "c"].enumerated().map { index, id in
            Municipality(
                id: Municipality.ID(id), number: "\(index)", name: id.uppercased(), population: 1000 * (index + 1), populationYear: 2024,
                populationSource: "t",
                centre: id)
        }
        return Region(
            id: "r", name: LocalizedText(nn: "R"), municipalities: municipalities,
            travelTimes: TravelTimeMatrix(minutes: ["a": ["b": 10, "c": 10], "b": ["c": 10]], isEstimate: true))
    }

    @Test("A minimum no assignment can reach is named with the least change")
    func fteMinimum() throws {
        let portfolio = Portfolio(
            id: "p", title: LocalizedText(nn: "P"), region: Self.region(),
            services: [
                PortfolioService(id: "s1", name: LocalizedText(nn: "S1"), fte: 2, status: .open, values: ["a": 50, "b": 60]),
                PortfolioService(id: "s2", name: LocalizedText(nn: "S2"), fte: 4, status: .open, values: ["b": 70, "c": 40]),
            ],
            rules: PortfolioRules(fteBounds: [.init(municipality: "a", minimum: 5, maximum: nil)]))
        let result = try AssignmentOptimizer.optimize(portfolio)
        #expect(result.status == .infeasible)
        #expect(result.conflicts.map(\.rule) == [.fteMinimum(municipality: "a")])
        #expect(result.conflicts.first.map { abs($0.shortfall - 3) < 1e-9 } == true)
        let words = AssignmentExplanation(result, portfolio: portfolio, language: .nn)
        #expect(words.conflicts == ["Minstekravet til årsverk i A må gje etter med minst 3,0 årsverk."])
        #expect(words.summary == ["Ingen fordeling held alle reglane samstundes."])
    }

    @Test("Co-location of services with no common host is named")
    func togetherWithoutCommonHost() throws {
        let portfolio = Portfolio(
            id: "p", title: LocalizedText(nn: "P"), region: Self.region(),
            services: [
                PortfolioService(id: "s1", name: LocalizedText(nn: "S1"), fte: 2, status: .open, values: ["a": 50]),
                PortfolioService(id: "s2", name: LocalizedText(nn: "S2"), fte: 4, status: .decided(host: "b"), values: ["b": 0]),
            ],
            rules: PortfolioRules(together: [.init("s1", "s2")]))
        let result = try AssignmentOptimizer.optimize(portfolio)
        #expect(result.status == .infeasible)
        #expect(result.conflicts.map(\.rule) == [.together("s1", "s2")])
        #expect(result.conflicts.first.map { abs($0.shortfall - 2) < 1e-9 } == true)
    }

    @Test("Two bands that cannot both hold: the elastic model names the cheaper change")
    func competingBands() throws {
        // 10 FTE in one service; a and c each need at least 4 FTE by their bands.
        let portfolio = Portfolio(
            id: "p", title: LocalizedText(nn: "P"), region: Self.region(),
            services: [PortfolioService(id: "s1", name: LocalizedText(nn: "S1"), fte: 10, status: .open, values: ["a": 50, "b": 60, "c": 70])],
            rules: PortfolioRules(fteBounds: [.init(municipality: "a", minimum: 4, maximum: nil), .init(municipality: "c", minimum: 4, maximum: nil)])
        )
        let result = try AssignmentOptimizer.optimize(portfolio)
        #expect(result.status == .infeasible)
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts.first.map { abs($0.shortfall - 4) < 1e-9 } == true)
    }
}
