import Foundation
import Testing
import Vertsval
import VertsvalReport
import VertsvalStudy
import VertsvalTestSupport

/// In every table of the bundled reports, a column with a total in its footer adds up to
/// that total as shown: a reader who sums the shown figures gets the shown total.
@Suite(.tags(.slow)) struct ShownSumsTests {

    /// A shown figure as a number in tenths or units (decimal mark dropped), nil when the
    /// cell is not a plain figure; with the number of decimals shown.
    static func figure(_ cell: String) -> (value: Int, decimals: Int)? {
        let trimmed = cell.replacingOccurrences(of: "\u{00A0}%", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: "+", with: "").replacingOccurrences(of: "−", with: "-")
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == "," || $0 == "-" }) else { return nil }
        let parts = trimmed.split(separator: ",")
        let decimals = parts.count == 2 ? parts[1].count : 0
        return Int(trimmed.replacingOccurrences(of: ",", with: "")).map { ($0, decimals) }
    }

    static func tables(_ document: Document) -> [Table] {
        document.blocks.compactMap {
            if case let .table(table) = $0 { return table }
            return nil
        }
    }

    /// Every summed column of `table`: (caption, column, sum of rows, footer).
    static func sums(_ table: Table) -> [(column: String, rows: Int, footer: Int)] {
        guard let footer = table.footer.first, !table.rows.isEmpty else { return [] }
        var out: [(String, Int, Int)] = []
        for (index, column) in table.columns.enumerated() where index < footer.count {
            // A portfolio's values are each the total its case report shows for that host; the
            // same figure reads the same in both documents, so they are not rounded to add up.
            if table.columns.contains(where: { $0.title == "Nest best" }) && column.title == "Verdi" { continue }
            guard let total = figure(footer[index]) else { continue }
            // «–» (no figure, e.g. a decided host without a value) adds nothing.
            let cells = table.rows.map { index < $0.count ? ($0[index] == "–" ? (0, 0) : figure($0[index])) : nil }
            guard cells.allSatisfy({ $0 != nil }), cells.contains(where: { $0?.value != 0 }) else { continue }
            // A percentage total of «100 %» is written without decimals; compare in the rows' unit.
            let decimals = cells.compactMap { $0?.decimals }.max() ?? 0
            var footerValue = total.value
            for _ in total.decimals..<decimals { footerValue *= 10 }
            out.append((column.title, cells.reduce(0) { $0 + ($1?.value ?? 0) }, footerValue))
        }
        return out
    }

    static func documents() throws -> [(name: String, document: Document)] {
        let date = try #require(CalendarDate(year: 2026, month: 2, day: 23))
        var documents: [(String, Document)] = []
        for file in ["Cases/sogn/ureining-miljo-tilsyn.yaml", "Cases/sogn/ppt-vertskommune.yaml", "Cases/sogn/tenester-2027.yaml"] {
            let content = try PrepareReport.run(.init(input: StudyInput(path: TestSupport.path(file)), date: date, samples: 500))
            documents.append((file, ReportFile.document(content, language: .nn)))
        }
        for file in ["Cases/sogn/ureining-miljo-tilsyn.yaml", "Cases/sogn/ppt-vertskommune.yaml"] {
            let loaded = try Loader.loadCase(at: TestSupport.path(file))
            documents.append(("share " + file, ShareReport(case: loaded, language: .nn).document()))
        }
        let sharing = try ShareCosts.run(StudyInput(path: TestSupport.path("Cases/sogn/tenester-2027.yaml"))).sharing
        documents.append(("share portfolio", ShareReport(sharing, language: .nn).document()))
        return documents
    }

    @Test("Every column with a total in the footer adds up to it as shown, in every bundled report")
    func columnsAddUp() throws {
        var checked = 0
        for (name, document) in try Self.documents() {
            for table in Self.tables(document) {
                for sum in Self.sums(table) {
                    checked += 1
                    #expect(
                        sum.rows == sum.footer,
                        "\(name): «\(table.caption ?? "")», column «\(sum.column)»: rows add to \(sum.rows), footer \(sum.footer)")
                }
            }
        }
        // The contribution tables, the cost tables and the portfolio's assignment at least.
        #expect(checked >= 15)
    }
}
