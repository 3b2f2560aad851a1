import Testing
import Vertsval
import VertsvalReport

@Suite struct TextRendererTests {
    static let document = Document(
        title: "Tittel med æøå",
        subtitle: "Undertittel",
        language: .nn,
        blocks: [
            .note(Note(kind: .important, label: "Merk", text: "Illustrerande tal.")),
            .heading("Resultat", level: 1),
            .paragraph(String(repeating: "ord ", count: 40)),
            .table(
                Table(
                    caption: "Tabell",
                    columns: [.init("Kommune"), .init("Verdi", .trailing)],
                    rows: [["Luster", "68,6"], ["Sogndal", "66,3"]],
                    footer: [["Sum", "134,9"]])),
            .bullets(["ein", "to"]),
        ])

    @Test("Text wraps at the width, aligns numbers right and sets the footer apart")
    func text() {
        let output = TextRenderer(width: 60).render(Self.document)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(output.contains("  Kommune  Verdi\n  ───────  ─────\n  Luster    68,6\n  Sogndal   66,3\n  ───────  ─────\n  Sum      134,9\n"))
        #expect(output.contains("MERK: Illustrerande tal."))
        #expect(output.hasPrefix("Tittel med æøå\n==============\n"))
        #expect(output.contains("  • ein\n  • to\n"))
    }

    @Test("Markdown makes pipe tables with bold footers and escapes markup")
    func markdown() {
        var document = Self.document
        document.blocks.append(.paragraph("a*b_c | d"))
        let output = MarkdownRenderer().render(document)
        #expect(output.contains("| Kommune | Verdi |\n|:---|---:|\n| Luster | 68,6 |\n| Sogndal | 66,3 |\n| **Sum** | **134,9** |"))
        #expect(output.contains("> **Merk:** Illustrerande tal."))
        #expect(output.contains("a\\*b\\_c | d"))
    }
}
