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

    @Test("A table that fits is laid out as before, one line per row")
    func narrowTable() {
        let table = Table(caption: nil, columns: [.init("A"), .init("B", .trailing)], rows: [["x", "1"], ["y", "22"]])
        let text = TextRenderer(width: 80).render(Document(title: "T", subtitle: nil, language: .nn, blocks: [.table(table)]))
        #expect(text.contains("  A   B\n  ─  ──\n  x   1\n  y  22\n"))
    }
}
