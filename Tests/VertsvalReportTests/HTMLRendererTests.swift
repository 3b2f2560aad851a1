import Foundation
import Testing
import Vertsval

@testable import VertsvalReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct HTMLRendererTests {
    func html(_ document: Document = RenderTestDocument.make()) -> String {
        HTMLRenderer().render(
            document, metadata: HTMLMetadata(author: "Sogn regionråd", keywords: ["vertskommune"], date: CalendarDate(year: 2026, month: 2, day: 23)))
    }

    /// Whether `text` parses as XML, and the parser's error if not.
    func parses(_ text: String) -> (ok: Bool, error: String) {
        let parser = XMLParser(data: Data(text.utf8))
        let ok = parser.parse()
        return (ok, parser.parserError.map { "\($0)" } ?? "")
    }

    @Test("The page makes no external requests: no http:// or https:// anywhere")
    func noExternalReferences() {
        let page = html()
        #expect(!page.contains("http://"))
        #expect(!page.contains("https://"))
        #expect(!page.contains("url("))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
    }

    @Test("The html element carries the document's language", arguments: [Language.nn, .nb, .en])
    func language(_ language: Language) {
        let page = html(RenderTestDocument.make(language: language))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
    }

    @Test("The page parses as well-formed XML")
    func wellFormed() {
        let result = parses(html())
        #expect(result.ok, "\(result.error)")
    }

    @Test("Every chart is an img-role SVG labelled by its title and described by its desc, with a hidden text alternative")
    func accessibleCharts() throws {
        let page = html()
        let svgs = page.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
        #expect(svgs.count == 4)
        for (index, svg) in svgs.enumerated() {
            let id = "chart-\(index + 1)"
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("aria-labelledby=\"\(id)-title\""))
            #expect(svg.contains("aria-describedby=\"\(id)-desc\""))
            #expect(svg.contains("<title id=\"\(id)-title\">"))
            #expect(svg.contains("<desc id=\"\(id)-desc\">"))
        }
        #expect(page.contains("<p class=\"visually-hidden\">Søyler til høgre er i favør Luster"))
        #expect(page.contains("<figcaption>Totalverdi når vekta på reisetid endrar seg</figcaption>"))
    }

    @Test("Every chart's numbers are also a table: a row per category or x value, a column per series, formatted as the chart writes them")
    func chartNumbersAsTables() throws {
        let document = RenderTestDocument.make()
        let page = html(document)
        let charts = document.blocks.compactMap { block -> Chart? in
            if case let .chart(chart) = block { return chart }
            return nil
        }
        let tables = page.components(separatedBy: "<details class=\"chart-data\">").dropFirst().map { $0.components(separatedBy: "</details>")[0] }
        #expect(tables.count == charts.count)
        let format = NumberFormat(.nn)
        for (index, (chart, table)) in zip(charts, tables).enumerated() {
            #expect(table.contains("<summary id=\"chart-\(index + 1)-data\">Tala i diagrammet</summary>"))
            #expect(table.contains("role=\"region\" aria-labelledby=\"chart-\(index + 1)-data\" tabindex=\"0\""))
            let rows = table.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
            #expect(rows.count == (chart.kind == .lines ? chart.xValues.count : chart.categories.count))
            for series in chart.series {
                #expect(table.contains("<th scope=\"col\" class=\"num\">\(series.name)</th>"))
            }
            let first = try #require(chart.series.first?.values.first)
            let shown =
                chart.kind == .divergingBars
                ? format.signed(first, decimals: chart.valueDecimals) : format.format(first, decimals: chart.valueDecimals)
            #expect(rows.first?.contains("<td class=\"num\">\(shown)</td>") == true, "\(chart.title): \(shown)")
        }
    }

    @Test("Key figures are description lists of their own: every dt and dd has its dl as parent")
    func keyFigureLists() {
        let page = html()
        #expect(page.contains("<div class=\"key-figures\">\n<dl class=\"key-figure\"><dt>"))
        #expect(!page.contains("<div class=\"key-figure\">"))
        #expect(page.components(separatedBy: "<dt>").count == page.components(separatedBy: "<dl class=\"key-figure\">").count)
    }

    @Test("Tables have a caption, column headers with scope, right-aligned numbers and a tfoot")
    func semanticTables() {
        let page = html()
        #expect(page.contains("<caption id=\"table-1-caption\">Reisetid frå kvar krins"))
        #expect(page.contains("<th scope=\"col\" class=\"num\">Innbyggjarar</th>"))
        #expect(page.contains("<th scope=\"col\">Krins</th>"))
        #expect(page.contains("<tfoot>\n<tr><td class=\"num\"></td><td>Sum / snitt</td><td class=\"num\">222\u{00A0}020</td>"))
        #expect(!page.contains("<th>"))
    }

    @Test("Headings are semantic: the title is h1, sections h2, subsections h3")
    func headings() {
        let page = html()
        #expect(page.components(separatedBy: "<h1>").count == 2)
        #expect(page.contains("<h2>Resultat</h2>"))
        #expect(page.contains("<h3>Balanse i regionen</h3>"))
    }

    @Test("Notes are asides with their label in bold")
    func notes() {
        let page = html()
        #expect(page.contains("<aside class=\"note note-important\" role=\"note\"><p><strong>Merk:</strong> Skåringane"))
        #expect(page.contains("krinsane &lt;utan ferje&gt;"))
    }

    @Test("Text is escaped: a title with <script>&\"' stays text and the page still parses")
    func escaping() {
        let document = Document(
            title: "<script>alert(1)</script> & \"sitat\" 'apostrof'", subtitle: "a < b > c", language: .nn,
            runningHeader: ["<b>&</b>"],
            blocks: [
                .table(Table(caption: "<i>", columns: [.init("<th>")], rows: [["</td>&"]])),
                .chart(
                    Chart(
                        kind: .stackedBars, title: "</title>", altText: "\"alt\" & <desc>", categories: ["<a>"],
                        series: [.init(name: "&", values: [1])])),
            ])
        let page = html(document)
        #expect(!page.contains("<script>"))
        #expect(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;sitat&quot; &#39;apostrof&#39;</title>"))
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;sitat&quot; &#39;apostrof&#39;</h1>"))
        #expect(page.contains("<desc id=\"chart-1-desc\">&quot;alt&quot; &amp; &lt;desc&gt;</desc>"))
        let result = parses(page)
        #expect(result.ok, "\(result.error)")
    }

    @Test("Control characters that XML forbids are left out")
    func controlCharacters() {
        let page = html(Document(title: "Tittel\u{0007}med\u{0000}kontrollteikn", language: .nn))
        #expect(page.contains("<h1>Tittelmedkontrollteikn</h1>"))
        #expect(parses(page).ok)
    }

    @Test("The same input gives the same page")
    func deterministic() {
        #expect(html() == html())
    }

    @Test("The print stylesheet sets A4 and a localised page footer")
    func printStylesheet() {
        #expect(html().contains("@page { size: A4;"))
        #expect(html().contains("content: \"Side \" counter(page) \" av \" counter(pages);"))
        #expect(html(RenderTestDocument.make(language: .en)).contains("content: \"Page \" counter(page) \" of \" counter(pages);"))
    }

    @Test("Every text colour reaches WCAG AA contrast (4.5:1) on its background")
    func contrast() {
        for pair in ReportTheme.textPairs {
            #expect(pair.text.contrastRatio(with: pair.background) >= 4.5, "\(pair.text.hex) on \(pair.background.hex)")
        }
        #expect(abs(ReportColor(0x000000).contrastRatio(with: ReportColor(0xFFFFFF)) - 21) < 1e-9)
        #expect(abs(ReportColor(0x767676).contrastRatio(with: ReportColor(0xFFFFFF)) - 4.54) < 0.01)
    }
}
