import Testing
import Vertsval
import VertsvalTestSupport

@testable import VertsvalOptimizer

/// The advice to the board («Tilråding») on an assignment: the hosts of the open services,
/// how strong each is, the close calls, what balance costs, and — for a what-if run or
/// without an assignment — what it is not.
@Suite struct AssignmentAdviceTests {
    /// Three municipalities of equal size; s1 clear at a, s2 narrowly at a, s3 kept from a
    /// by the rule that s1 and s3 have different hosts; a may host at most 4 FTE.
    static func portfolio(apart: Bool = true, illustrative: Bool = false) -> Portfolio {
        let municipalities = ["a", "b", "c"].enumerated().map { index, id in
            Municipality(
                id: Municipality.ID(id), number: "\(index)", name: id.uppercased() + "by", population: 1000, populationYear: 2024,
                populationSource: "t", centre: id)
        }
        let region = Region(
            id: "r", name: LocalizedText(nn: "R"), municipalities: municipalities,
            travelTimes: TravelTimeMatrix(minutes: ["a": ["b": 10, "c": 10], "b": ["c": 10]], isEstimate: true))
        var rules = PortfolioRules()
        rules.fteBounds = [.init(municipality: "a", minimum: nil, maximum: 4)]
        if apart { rules.apart = [.init("s1", "s3")] }
        return Portfolio(
            id: "p", title: LocalizedText(nn: "P"), region: region, illustrative: illustrative,
            services: [
                PortfolioService(id: "s1", name: LocalizedText(nn: "Første"), fte: 2, status: .open, values: ["a": 80, "b": 50]),
                PortfolioService(id: "s2", name: LocalizedText(nn: "Andre"), fte: 2, status: .open, values: ["a": 60, "b": 58, "c": 40]),
                PortfolioService(id: "s3", name: LocalizedText(nn: "Tredje"), fte: 2, status: .open, values: ["a": 70, "c": 50]),
                PortfolioService(id: "s4", name: LocalizedText(nn: "Fjerde"), fte: 1, status: .decided(host: "b"), values: ["b": 0]),
            ],
            rules: rules)
    }

    /// value(host) − the best value elsewhere, from the portfolio.
    static func margin(_ portfolio: Portfolio, _ service: PortfolioService.ID, host: Municipality.ID) -> Double? {
        guard let values = portfolio.service(service)?.values, let value = values[host] else { return nil }
        return values.filter { $0.key != host }.values.max().map { value - $0 }
    }

    @Test("Each open service's host, its lead over the runner-up and the close calls come from the result")
    func strength() throws {
        let portfolio = Self.portfolio()
        let result = try AssignmentOptimizer.optimize(portfolio)
        let advice = AssignmentAdvice(result, portfolio: portfolio, language: .nn)
        let n = NumberFormat(.nn)
        let open = result.assignment.filter { !$0.decided }
        #expect(open.count == 3)
        #expect(
            advice.lead == [
                "Med alle reglane i porteføljen er dette den beste fordelinga av tenestene med open vertskommune (3 av 4): "
                    + "første og andre til Aby og tredje til Cby."
            ])
        #expect(open.map(\.host) == ["a", "a", "c"])
        #expect(advice.services.count == open.count)
        var close: [PortfolioService.ID] = []
        for (entry, line) in zip(open, advice.services) {
            let name = try #require(portfolio.service(entry.service)?.name.text(.nn))
            let margin = try #require(Self.margin(portfolio, entry.service, host: entry.host))
            #expect(line.hasPrefix(name + ": " + portfolio.region.name(of: entry.host)), "\(line)")
            #expect(line.contains(n.format(abs(margin), decimals: 1) + " poeng"), "\(line)")
            #expect(line.contains(margin < 0 ? "under" : "føre"), "\(line)")
            if margin < AssignmentAdvice.closeMargin { close.append(entry.service) }
        }
        #expect(advice.closeCalls == close)
        #expect(close == ["s2", "s3"])
        let discuss = try #require(advice.closing.first)
        #expect(discuss.hasPrefix("Verdt ein diskusjon i styret: for andre er skilnaden til nest best under 5,0 poeng"))
        #expect(discuss.contains("tredje får ikkje kommunen med høgast verdi"))
        #expect(advice.closing.last?.hasPrefix("Styret gjev tilråding") == true)
        #expect(advice.closing.last?.contains("illustrerande") == false)
        // Not a what-if: no word of rules switched off.
        #expect(!advice.sentences.joined().contains("slått av"))
    }

    @Test("Without close calls the advice says so; an illustrative portfolio is named as such")
    func noCloseCalls() throws {
        var portfolio = Self.portfolio(apart: false, illustrative: true)
        portfolio.services.remove(at: 1)
        portfolio.rules.fteBounds = []
        let result = try AssignmentOptimizer.optimize(portfolio)
        let advice = AssignmentAdvice(result, portfolio: portfolio, language: .nn)
        #expect(advice.closeCalls.isEmpty)
        #expect(advice.closing.contains("Ingen av vala er jamne: kvar vertskommune ligg minst 5,0 poeng føre den nest beste."))
        #expect(advice.closing.last?.hasSuffix("Merk at tala i porteføljen er illustrerande.") == true)
    }

    @Test("A contested service (robust assignment) is a close call, and each line gives its share of draws")
    func robust() throws {
        let portfolio = Self.portfolio()
        let result = try AssignmentOptimizer.optimize(portfolio)
        let kept: [PortfolioService.ID: Double] = ["s1": 1, "s2": 0.62, "s3": 0.97, "s4": 1]
        let robust = RobustAssignment(
            samples: 100, seed: 1,
            services: result.assignment.map {
                .init(service: $0.service, host: $0.host, kept: kept[$0.service] ?? 0, hosts: [$0.host: kept[$0.service] ?? 0], valuesVary: true)
            },
            infeasibleSamples: 0)
        let advice = AssignmentAdvice(result, portfolio: portfolio, language: .en, robust: robust)
        for (entry, line) in zip(result.assignment.filter { !$0.decided }, advice.services) {
            let share = NumberFormat(.en).percent(100 * (kept[entry.service] ?? 0), decimals: 0)
            #expect(line.hasSuffix("keeps its host in \(share) of the draws."), "\(line)")
        }
        let share = NumberFormat(.en).percent(100 * (1 - RobustAssignment.contestedBelow), decimals: 0)
        #expect(advice.closing.first?.contains("andre changes host in more than \(share) of the draws") == true, "\(advice.closing)")
        #expect(advice.closeCalls == ["s2", "s3"])
    }

    @Test("A what-if run says it is not the result with every rule, and what every rule gives")
    func whatIf() throws {
        let full = Self.portfolio()
        let withAll = try AssignmentOptimizer.optimize(full)
        let without = Self.portfolio(apart: false)
        let result = try AssignmentOptimizer.optimize(without)
        let off = SwitchedOffRules(rules: ["Regelen om at første og tredje skal ha ulike vertskommunar"], withAllRules: withAll)
        let advice = AssignmentAdvice(result, portfolio: without, language: .nn, switchedOff: off)
        let lead = advice.lead.joined(separator: " ")
        #expect(lead.hasPrefix("Med desse reglane slått av: Regelen om at første og tredje"))
        #expect(lead.contains("Det er ikkje resultatet med alle reglane"))
        #expect(
            lead.contains("Med alle reglane i porteføljen gjev den beste fordelinga " + NumberFormat(.nn).format(withAll.objective ?? 0, decimals: 1))
        )
        #expect(!lead.contains("Med alle reglane i porteføljen er dette"))
    }

    @Test("No assignment keeps the rules: the advice names no host and says what must change")
    func infeasible() throws {
        var portfolio = Self.portfolio()
        portfolio.rules.fteBounds = [.init(municipality: "a", minimum: 20, maximum: nil)]
        let result = try AssignmentOptimizer.optimize(portfolio)
        #expect(result.status == .infeasible)
        let advice = AssignmentAdvice(result, portfolio: portfolio, language: .nn)
        let conflicts = AssignmentExplanation(result, portfolio: portfolio, language: .nn).conflicts
        #expect(!conflicts.isEmpty)
        #expect(advice.lead.count == 1)
        #expect(advice.lead[0].hasPrefix("Ingen fordeling held alle reglane, så analysen peikar ikkje på nokon vertskommune."))
        for conflict in conflicts { #expect(advice.lead[0].contains(conflict)) }
        #expect(advice.services.isEmpty && advice.closing.isEmpty)
    }
}
