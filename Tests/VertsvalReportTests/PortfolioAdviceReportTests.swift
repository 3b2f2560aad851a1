import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalStudy
import VertsvalTestSupport

@testable import VertsvalReport

/// The «Tilråding» of the bundled portfolio's report: near the top, before «Resultat», with
/// each open service's share of draws from the robust assignment, and for a run with a rule
/// off the words that it is not the result with every rule.
@Suite struct PortfolioAdviceReportTests {
    static let portfolio = TestSupport.path("Cases/sogn/tenester-2027.yaml")

    static func report(rulesOff: [String] = []) throws -> (ReportContent, Document) {
        let date = try #require(CalendarDate(year: 2026, month: 2, day: 23))
        let content = try PrepareReport.run(.init(input: StudyInput(path: portfolio, rulesOff: rulesOff), date: date, samples: 60))
        return (content, ReportFile.document(content, language: .nn))
    }

    /// The blocks from the «Tilråding» heading up to the next level-1 heading.
    static func advice(_ document: Document) -> (index: Int, blocks: [Block])? {
        guard
            let start = document.blocks.firstIndex(where: {
                if case .heading("Tilråding", 1) = $0 { return true }
                return false
            })
        else { return nil }
        let rest = document.blocks[(start + 1)...]
        let end =
            rest.firstIndex {
                if case .heading(_, 1) = $0 { return true }
                return false
            } ?? document.blocks.endIndex
        return (start, Array(document.blocks[(start + 1)..<end]))
    }

    @Test("The advice comes before «Resultat» and gives each open service the share of draws it keeps its host")
    func adviceWithRobustness() throws {
        let (content, document) = try Self.report()
        guard case let .portfolio(optimized, robust) = content.subject else {
            Issue.record("not a portfolio")
            return
        }
        let (index, blocks) = try #require(Self.advice(document))
        let result = document.blocks.firstIndex {
            if case .heading("Resultat", 1) = $0 { return true }
            return false
        }
        #expect(index < (result ?? 0))
        // Only notes (the notice, the time limits) come before it.
        #expect(document.blocks[..<index].allSatisfy { if case .heading = $0 { return false } else { return true } })
        let bullets = blocks.compactMap { block -> [String]? in
            if case let .bullets(items) = block { return items }
            return nil
        }.first
        let lines = try #require(bullets)
        let open = optimized.result.assignment.filter { !$0.decided }
        #expect(lines.count == open.count)
        let words = RuleWording(portfolio: optimized.portfolio, language: .nn)
        for (entry, line) in zip(open, lines) {
            let kept = try #require(robust.services.first { $0.service == entry.service }?.kept)
            #expect(line.hasPrefix(words.capitalized(words.service(entry.service)) + ": " + words.municipality(entry.host)), "\(line)")
            #expect(line.hasSuffix("held vertskommunen i \(NumberFormat(.nn).percent(100 * kept, decimals: 0)) av trekningane."), "\(line)")
        }
        let text = blocks.compactMap { block -> String? in
            if case let .paragraph(text) = block { return text }
            return nil
        }.joined(separator: " ")
        #expect(text.hasPrefix("Med alle reglane i porteføljen er dette den beste fordelinga"))
        #expect(text.contains("Merk at tala i porteføljen er illustrerande."))
    }

    @Test("With a rule off the advice says so and what every rule gives")
    func adviceWhatIf() throws {
        let (_, document) = try Self.report(rulesOff: ["apart:lonn+naering"])
        let (_, blocks) = try #require(Self.advice(document))
        let text = blocks.compactMap { block -> String? in
            if case let .paragraph(text) = block { return text }
            return nil
        }.joined(separator: " ")
        #expect(text.hasPrefix("Med desse reglane slått av: Regelen om at lønsnettverk og næringsutvikling og reiseliv skal ha ulike vertskommunar"))
        #expect(text.contains("Det er ikkje resultatet med alle reglane"))
        #expect(!text.contains("Med alle reglane i porteføljen er dette"))
        // The rules table marks the rule as switched off.
        let rows = document.blocks.compactMap { block -> [[String]]? in
            if case let .table(table) = block, table.columns.first?.title == "Regel" { return table.rows }
            return nil
        }.first
        #expect(rows?.last?.last == "slått av")
    }
}
