import Foundation
import Testing
import Vertsval
import VertsvalReport
import VertsvalTestSupport

/// The cost-sharing output of a case whose budget follows the host: a column per candidate
/// host and the difference, with the sentence's numbers recomputed from the key by hand
/// (25 % equal, 75 % by population; Aby 1 000, Bby 3 000, Cby 1 000 inhabitants).
@Suite struct HostCostReportTests {
    /// Three candidates with overheads 10, 5 and 2 % on a 1 000 000 kr budget.
    static func loaded() throws -> LoadedCase {
        let fixture = Fixture(
            region: { $0 + "costKey: { equal: 25, basis: population }\n" },
            case: {
                $0.replacingFirst("  name: Teneste\n", with: "  name: Teneste\n  budget: 1000000\n  budgetYear: 2027\n  overheadCriterion: kost\n")
                    .replacingFirst(
                        "  - { municipality: b, willing: true }\n",
                        with: "  - { municipality: b, willing: true }\n  - { municipality: c, willing: true }\n")
                    + "  c:\n    fag: { level: 1, why: Grunn. }\n    kost: { value: 2, why: Grunn. }\n"
            })
        return try Loader.loadCase(at: fixture.path("case.yaml"))
    }

    static func share(_ population: Double) -> Double { 0.25 / 3 + 0.75 * population / 5000 }

    /// A shown Nynorsk figure as a number: «1 020 000» → 1020000, «23,4 %» → 23.4.
    static func number(_ shown: String) -> Double {
        let digits = shown.filter { $0.isNumber || $0 == "," || $0 == "−" || $0 == "-" }
        return Double(digits.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")) ?? .nan
    }

    static func tables(_ document: Document) -> [Table] {
        document.blocks.compactMap {
            if case let .table(table) = $0 { return table }
            return nil
        }
    }

    static func paragraphs(_ document: Document) -> [String] {
        document.blocks.compactMap {
            if case let .paragraph(text) = $0 { return text }
            return nil
        }
    }

    @Test("`vertsval share`: a column per host, the difference, and a sentence with the figures")
    func shareDocument() throws {
        let document = ShareReport(case: try Self.loaded(), language: .nn).document()
        let n = NumberFormat(.nn)
        let tables = Self.tables(document)
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.columns.map(\.title) == ["Kommune", "Folketal", "Del", "Med Aby", "Med Bby", "Med Cby", "Skilnad"])
        let budgets = [1_100_000.0, 1_050_000, 1_020_000]
        let populations: [(String, Double)] = [("Aby", 1000), ("Bby", 3000), ("Cby", 1000)]
        // Each shown figure is within one unit of the hand value; the columns add up to the
        // footer, and the difference is the difference of the shown amounts.
        var sums = [Double](repeating: 0, count: 5)
        for (row, (name, population)) in zip(table.rows, populations) {
            let share = Self.share(population)
            #expect(row[0] == name)
            let shown = row[2...6].map(Self.number)
            #expect(abs(shown[0] - 100 * share) < 0.1 + 1e-9, "\(name): \(row[2])")
            for (amount, budget) in zip(shown[1...3], budgets) { #expect(abs(amount - share * budget) < 1, "\(name)") }
            #expect(shown[4] == shown[1] - shown[3], "\(name): the dearest (Aby) minus the cheapest (Cby)")
            for index in sums.indices { sums[index] += shown[index] }
        }
        #expect(abs(sums[0] - 100) < 1e-9)
        #expect(Array(sums[1...]) == budgets + [80_000])
        #expect(
            table.footer == [
                ["Sum", n.format(5000, decimals: 0), n.percent(100, decimals: 0)] + budgets.map { n.format($0, decimals: 0) } + [
                    n.format(80_000, decimals: 0)
                ]
            ])
        #expect(table.caption == "Kostnad per kommune med kvar kandidat som vertskommune (kr per år)")
        let text = Self.paragraphs(document).joined(separator: " ")
        #expect(text.contains("grunnbudsjettet på \(n.format(1_000_000, decimals: 0)) kr (2027) får påslaget"))
        let overheads = [10.0, 5, 2].map { n.percent($0, decimals: 1) }
        #expect(text.contains("«Kostnad», \(overheads[0]) med Aby, \(overheads[1]) med Bby og \(overheads[2]) med Cby."))
        #expect(
            text.contains(
                "Med Aby som vertskommune kostar tenesta \(n.format(1_100_000, decimals: 0)) kr i året, \(n.format(80_000, decimals: 0)) kr meir enn med Cby, den billegaste (\(n.format(1_020_000, decimals: 0)) kr)."
            ))
        // The range is read from the shown differences: Bby pays most of it.
        let differences = table.rows.map { Self.number($0[6]) }
        let lowest = try #require(differences.min())
        let lowestName = table.rows[try #require(differences.firstIndex(of: lowest))][0]
        #expect(
            text.contains(
                "frå \(n.format(lowest, decimals: 0)) kr i året for \(lowestName) til \(n.format(differences[1], decimals: 0)) kr for Bby."
            ))
        #expect(abs(differences[1] - Self.share(3000) * 80_000) < 1)
    }

    @Test("The JSON carries each host's budget and amounts, and the difference")
    func json() throws {
        let loaded = try Self.loaded()
        let encoded = try ShareReport(case: loaded, language: .nn).json().encoded()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: Any])
        let services = try #require(object["services"] as? [[String: Any]])
        let byHost = try #require(services.first?["byHost"] as? [String: Any])
        #expect(byHost["criterion"] as? String == "kost")
        #expect(byHost["cheapest"] as? String == "c")
        #expect(byHost["dearest"] as? String == "a")
        let hosts = try #require(byHost["hosts"] as? [[String: Any]])
        #expect(hosts.map { $0["host"] as? String } == ["a", "b", "c"])
        #expect(hosts.map { $0["overheadPercent"] as? Double } == [10, 5, 2])
        let amounts = try #require(hosts[1]["amounts"] as? [String: Double])
        #expect(abs((amounts["b"] ?? 0) - Self.share(3000) * 1_050_000) < 1e-6)
        #expect(abs((byHost["difference"] as? Double ?? 0) - 80_000) < 1e-6)
    }

    @Test("One budget for every host: the output stays one column, and the JSON has no hosts")
    func singleBudget() throws {
        let fixture = Fixture(case: { $0.replacingFirst("  name: Teneste\n", with: "  name: Teneste\n  budget: 1000000\n") })
        let loaded = try Loader.loadCase(at: fixture.path("case.yaml"))
        let report = ShareReport(case: loaded, language: .nn)
        let table = try #require(Self.tables(report.document()).first)
        #expect(table.columns.map(\.title) == ["Teneste", "Budsjett", "Aby", "Bby", "Cby"])
        #expect(!Self.paragraphs(report.document()).joined().contains("vertskommunen"))
        let encoded = try report.json().encoded()
        #expect(encoded.contains("\"byHost\" : null"))
    }
}
