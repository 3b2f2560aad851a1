import Foundation
import Testing
import Vertsval
import VertsvalReport

/// Terminal text keeps to its width: paragraphs wrap, and a table too wide for the line
/// wraps its cells inside narrower columns instead of running off the screen.
@Suite struct TextWidthTests {
    static let table = Table(
        caption: "Ein tabell",
        columns: [.init("Teneste"), .init("Årsverk", .trailing), .init("Vertskommune"), .init("Merknad")],
        rows: [
            ["Ureining, miljø og tilsyn med private avløp", "4,5", "Luster", "Vald fordi fagmiljøet er størst og reisetida kortast for dei fleste"],
            ["PPT (pedagogisk-psykologisk teneste)", "9,0", "Sogndal (vedteke)", "–"],
        ])

    @Test("Every line of a wide table keeps to the width, and every word of every cell is still there", arguments: [70, 80, 120])
    func tableFits(width: Int) {
        let document = Document(title: "T", subtitle: nil, language: .nn, blocks: [.table(Self.table)])
        let text = TextRenderer(width: width).render(document)
        for line in text.split(separator: "\n") {
            #expect(line.count <= width, "\(line.count) > \(width): \(line)")
        }
        let words = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        for cell in Self.table.rows.joined() {
            for word in cell.split(separator: " ") { #expect(words.contains(String(word)), "\(word) lost at \(width)") }
        }
    }

    @Test("A long word in a leading column is broken with a hyphen when the table would not fit otherwise, and reads whole again")
    func longWordBroken() {
        // Like the members' weights table, with one member more: a 21-letter criterion name
        // and nine number columns (2 + 21 + 9 × 7 = 86 characters at one space between them).
        let numbers = (0..<9).map { Table.Column("Medlem \($0)", .trailing) }
        let table = Table(
            caption: nil, columns: [.init("Kriterium")] + numbers,
            rows: [["Regional balanse i vertskommuneordningar"] + Array(repeating: "100,0", count: 9)])
        let text = TextRenderer(width: 80).render(Document(title: "T", subtitle: nil, language: .nn, blocks: [.table(table)]))
        let lines = text.split(separator: "\n")
        for line in lines { #expect(line.count <= 80, "\(line.count) > 80: \(line)") }
        let pieces = lines.compactMap { line -> String? in
            let cell = line.dropFirst(2).prefix { $0 != " " }
            return cell.isEmpty ? nil : String(cell)
        }
        let hyphenated = pieces.filter { $0.hasSuffix("-") }
        #expect(!hyphenated.isEmpty)
        let joined = pieces.joined(separator: " ").replacingOccurrences(of: "- ", with: "")
        #expect(joined.contains("vertskommuneordningar"))
        // At a width where it fits, nothing is broken.
        let wide = TextRenderer(width: 120).render(Document(title: "T", subtitle: nil, language: .nn, blocks: [.table(table)]))
        #expect(!wide.contains("-\n"))
    }

    @Test("A table that fits is laid out as before, one line per row")
    func narrowTable() {
        let table = Table(caption: nil, columns: [.init("A"), .init("B", .trailing)], rows: [["x", "1"], ["y", "22"]])
        let text = TextRenderer(width: 80).render(Document(title: "T", subtitle: nil, language: .nn, blocks: [.table(table)]))
        #expect(text.contains("  A   B\n  ─  ──\n  x   1\n  y  22\n"))
    }
}
