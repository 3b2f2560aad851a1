import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalStudy

@testable import VertsvalReport

/// The applied rules table (each rule with its bound, its value in the assignment, and
/// whether it binds) and the notes under the assignment table that name the rules keeping a
/// service from a runner-up with a higher value.
@Suite struct PortfolioRulesTableTests {
    /// Three municipalities of equal size, each to host at least one service; s3 is best at
    /// a but kept from it by the rule that s1 and s3 have different hosts (alone: without
    /// it s3 goes to a and s2 to c); a may host at most `maximum` FTE.
    static func portfolio(maximum: Double = 4) -> Portfolio {
        let municipalities = ["a", "b", "c"].enumerated().map { index, id in
            Municipality(
                id: Municipality.ID(id), number: "\(index)", name: id.uppercased() + "by", population: 1000, populationYear: 2024,
                populationSource: "t", centre: id)
        }
        let region = Region(
            id: "r", name: LocalizedText(nn: "R"), municipalities: municipalities,
            travelTimes: TravelTimeMatrix(minutes: ["a": ["b": 10, "c": 10], "b": ["c": 10]], isEstimate: true))
        var rules = PortfolioRules()
        rules.fteBounds = [.init(municipality: "a", minimum: nil, maximum: maximum)]
        rules.serviceCount = .init(minimum: 1, maximum: nil)
        rules.apart = [.init("s1", "s3")]
        return Portfolio(
            id: "p", title: LocalizedText(nn: "P"), region: region,
            services: [
                PortfolioService(id: "s1", name: LocalizedText(nn: "Første"), fte: 2, status: .open, values: ["a": 80, "b": 50]),
                PortfolioService(id: "s2", name: LocalizedText(nn: "Andre"), fte: 2, status: .open, values: ["a": 60, "b": 58, "c": 55]),
                PortfolioService(id: "s3", name: LocalizedText(nn: "Tredje"), fte: 2, status: .open, values: ["a": 70, "c": 50]),
                PortfolioService(id: "s4", name: LocalizedText(nn: "Fjerde"), fte: 1, status: .decided(host: "b"), values: ["b": 0]),
            ],
            rules: rules)
    }

    @Test("The table and «Reglar som bind» agree: the rows that bind are the binding rules, with the same gain")
    func agreesWithBindingRules() throws {
        let portfolio = Self.portfolio()
        let result = try AssignmentOptimizer.optimize(portfolio)
        let report = PortfolioReport(portfolio, result: result, language: .nn)
        let prose = AssignmentExplanation(result, portfolio: portfolio, language: .nn).bindingRules
        let words = RuleWording(portfolio: portfolio, language: .nn)
        try #require(!result.bindingRules.isEmpty)
        let rows = report.ruleRows()
        let n = NumberFormat(.nn)
        for binding in result.bindingRules {
            let row = try #require(rows.first { $0.rules.contains(binding.rule) }, "\(binding.rule)")
            let gain = n.format(binding.gainIfRemoved, decimals: 1)
            #expect(row.binds.hasPrefix("ja") && row.binds.contains(gain + " poeng"), "\(row.binds)")
            let sentence = try #require(prose.first { $0.hasPrefix(words.capitalized(words.rule(binding.rule)) + " bind:") })
            #expect(sentence.contains(gain + " poeng meir"))
        }
        let bindingRows = rows.filter { $0.binds.hasPrefix("ja") }
        #expect(
            Set(bindingRows.flatMap(\.rules).filter { rule in result.bindingRules.contains { $0.rule == rule } }).count == result.bindingRules.count)
        for row in bindingRows {
            #expect(row.rules.contains { rule in result.bindingRules.contains { $0.rule == rule } }, "\(row.label)")
        }
        #expect(report.ruleTable().caption?.contains("same reglar som under «Reglar som bind»") == true)
        // Every rule of the model has a row, and the decided host one of its own.
        #expect(Set(rows.flatMap(\.rules)) == Set(result.appliedRules.map(\.rule)))
        #expect(rows.contains { $0.label == "Vedteken vertskommune: fjerde" && $0.bound == "Bby" && $0.binds == "vedteke" })
    }

    @Test("Bounds and values come from the rules and the assignment; «ved grensa» when met exactly without binding")
    func boundsAndValues() throws {
        let portfolio = Self.portfolio()
        let result = try AssignmentOptimizer.optimize(portfolio)
        let report = PortfolioReport(portfolio, result: result, language: .nn)
        let rows = report.ruleRows()
        // a hosts s1 and s2: 4 FTE, at its maximum of 4.
        #expect(result.host(of: "s1") == "a" && result.host(of: "s2") == "a" && result.host(of: "s3") == "c")
        let fte = try #require(rows.first { $0.label == "Årsverk i Aby" })
        #expect(fte.bound == "≤\u{00A0}4,0" && fte.value == "4,0")
        let load = try #require(result.loads.first { $0.municipality == "a" })
        #expect(fte.value == NumberFormat(.nn).format(load.fte, decimals: 1))
        let standing = try #require(result.appliedRules.first { $0.rule == .fteMaximum(municipality: "a") }).isAtBound
        #expect(standing)
        #expect(fte.binds.hasPrefix("ja") || fte.binds == "ved grensa")
        let count = try #require(rows.first { $0.label == "Tal tenester i Cby" })
        #expect(count.bound == "≥\u{00A0}1" && count.value == "1")
        let apart = try #require(rows.first { $0.rules == [.apart("s1", "s3")] })
        #expect(apart.bound == "ulike vertskommunar" && apart.value == "Aby og Cby")
        // With room at a (10 FTE), the bound has slack.
        let roomy = Self.portfolio(maximum: 10)
        let roomyResult = try AssignmentOptimizer.optimize(roomy)
        let roomyRow = try #require(PortfolioReport(roomy, result: roomyResult, language: .nn).ruleRows().first { $0.label == "Årsverk i Aby" })
        #expect(roomyRow.binds == "nei")
        // The caption names «Reglar som bind» only when that section is there.
        let none = try AssignmentOptimizer.optimize(roomy.without([.apart(first: "s1", second: "s3"), .serviceCount]))
        #expect(none.bindingRules.isEmpty)
        let caption = PortfolioReport(roomy, result: none, language: .nn).ruleTable().caption ?? ""
        #expect(!caption.contains("Reglar som bind") && caption.contains("(talet er kor mange)"))
    }

    @Test("A rule switched off appears marked as switched off, with its bound from the full portfolio")
    func switchedOff() throws {
        let full = Self.portfolio()
        let portfolio = full.without([.fteBounds])
        let result = try AssignmentOptimizer.optimize(portfolio)
        let report = PortfolioReport(portfolio, result: result, language: .nn, rulesOff: [.fteBounds], original: full)
        let rows = report.ruleRows()
        let off = try #require(rows.last)
        #expect(off.label == "Grenser for årsverk" && off.binds == "slått av" && off.bound == "Aby ≤\u{00A0}4,0")
        #expect(!rows.contains { $0.label == "Årsverk i Aby" })
    }

    @Test("A runner-up with a higher value than the host is marked, and the note names the rule that keeps the service from it")
    func runnerUpHigher() throws {
        let portfolio = Self.portfolio()
        let result = try AssignmentOptimizer.optimize(portfolio)
        let report = PortfolioReport(portfolio, result: result, language: .nn)
        let words = RuleWording(portfolio: portfolio, language: .nn)
        let table = report.assignmentTable()
        let higher = result.assignment.filter { ($0.runnerUpValue ?? -1) > $0.value }
        #expect(higher.map(\.service) == ["s3"])
        let notes = report.heldBackNotes()
        #expect(notes.count == higher.count)
        let explanation = AssignmentExplanation(result, portfolio: portfolio, language: .nn)
        for (index, entry) in result.assignment.enumerated() {
            let cell = table.rows[index][4]
            guard let k = higher.firstIndex(of: entry) else {
                #expect(!cell.contains { "¹²³⁴⁵⁶⁷⁸⁹⁰".contains($0) }, "\(cell)")
                continue
            }
            let mark = PortfolioReport.superscript(k + 1)
            #expect(cell.hasSuffix(")" + mark), "\(cell)")
            let note = notes[k]
            #expect(note.hasPrefix(mark + " Tredje: Aby har høgare verdi enn Cby"), "\(note)")
            let displacement = try #require(result.displacement(of: entry.service))
            let rules = displacement.movedBy + displacement.movedByTogether
            try #require(!rules.isEmpty)
            for rule in rules {
                #expect(note.contains(words.rule(rule)), "\(note)")
                // The same rules as «Tenester som ikkje får høgast verdi».
                #expect(explanation.displaced.contains { $0.contains(words.rule(rule)) })
            }
        }
        // The notes follow the table in the document.
        let blocks = report.document().blocks
        let tableIndex = try #require(
            blocks.firstIndex {
                if case let .table(t) = $0 { return t.caption == table.caption }
                return false
            })
        guard case let .paragraph(first) = blocks[tableIndex + 1] else {
            Issue.record("no note after the assignment table")
            return
        }
        #expect(first == notes[0])
    }

    @Test("Without the explanation the note says the rule was not worked out, never a bare higher runner-up")
    func unexplained() throws {
        let portfolio = Self.portfolio()
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
        let notes = PortfolioReport(portfolio, result: result, language: .en).heldBackNotes()
        #expect(
            notes == [
                "¹ Tredje: Aby has a higher value than Cby; the rules keep the service in Cby, but which rule it is was not worked out in this run."
            ])
    }

    @Test("Superscript marks", arguments: [(1, "¹"), (9, "⁹"), (10, "¹⁰"), (23, "²³")])
    func superscript(_ pair: (Int, String)) {
        #expect(PortfolioReport.superscript(pair.0) == pair.1)
    }
}

extension PortfolioRulesTableTests {
    @Test("Without an assignment the table keeps the bounds and says nothing of binding")
    func infeasible() throws {
        var portfolio = Self.portfolio()
        portfolio.rules.fteBounds = [.init(municipality: "a", minimum: 20, maximum: nil)]
        let result = try AssignmentOptimizer.optimize(portfolio)
        #expect(result.status == .infeasible)
        let rows = PortfolioReport(portfolio, result: result, language: .nn).ruleRows()
        let fte = try #require(rows.first { $0.label == "Årsverk i Aby" })
        #expect(fte.bound == "≥\u{00A0}20,0" && fte.value == "–")
        #expect(rows.allSatisfy { $0.binds == "–" || $0.binds == "vedteke" })
    }
}
