import Foundation
import Testing
import Vertsval

@testable import VertsvalReport

@Suite struct PDFRendererTests {
    static let date = CalendarDate(year: 2026, month: 2, day: 23)

    /// The test document rendered, and written to a temporary file for the poppler tools.
    func rendered(_ document: Document = RenderTestDocument.make(), profile: PDFProfile = .archive) throws -> (data: Data, url: URL) {
        let date = try #require(Self.date)
        let metadata = PDFMetadata(
            title: document.title, author: "Sogn regionråd", subject: "Sak 04/26", keywords: ["vertskommune", "Sogn"], date: date)
        let data = try PDFRenderer(profile: profile).render(document, metadata: metadata)
        return (data, try RenderTestTools.write(data, name: "report.pdf"))
    }

    func pageCount(_ url: URL) throws -> Int {
        let info = try RenderTestTools.run("pdfinfo", [url.path])
        #expect(info.status == 0, "pdfinfo failed: \(info.stderr)")
        let line = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return try #require(line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) })
    }

    func text(_ url: URL, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        let output = try RenderTestTools.run("pdftotext", range + ["-enc", "UTF-8", url.path, "-"])
        #expect(output.status == 0, "pdftotext failed: \(output.stderr)")
        return RenderTestTools.normalized(output.stdout)
    }

    @Test("The text is real text: title, Norwegian letters, quotes and minus signs can be extracted")
    func extractableText() throws {
        let (_, url) = try rendered()
        let all = try text(url)
        #expect(all.contains("Vertskommune for ureining- og miljøtilsyn i Sogn"))
        #expect(all.contains("Vurdering etter «Mal for val av vertskommune»"))
        #expect(all.contains("kontorlokale (−1,4 poeng)"))
        #expect(all.contains("Regionen har 31 458 innbyggjarar"))
        #expect(all.contains("Merk: Skåringane i denne vurderinga er illustrerande"))
        #expect(all.contains("Bidrag per kriterium til totalverdien"))
    }

    @Test("Every page has the running header and says «Side x av N» with the right N")
    func pageNumbers() throws {
        let (_, url) = try rendered()
        let pages = try pageCount(url)
        #expect((3...8).contains(pages), "the test document should take 3–8 pages, took \(pages)")
        for page in 1...pages {
            let pageText = try text(url, page: page)
            #expect(pageText.contains("Side \(page) av \(pages)"), "page \(page): \(pageText.prefix(200))")
            #expect(pageText.hasPrefix("Vertskommune for ureining- og miljøtilsyn · Sogn regionråd · Møte 23. februar 2026 · sak 04/26"))
        }
        #expect(try !text(url).contains("Side \(pages + 1) av"))
    }

    @Test("English reports say «Page x of y»")
    func englishFooter() throws {
        let document = Document(title: "Host municipality", language: .en, runningHeader: ["Case"], blocks: [.paragraph("One page.")])
        let (_, url) = try rendered(document)
        #expect(try pageCount(url) == 1)
        #expect(try text(url).contains("Page 1 of 1"))
    }

    @Test("The 40-row table breaks from page 1 to page 2 and repeats its header row")
    func tableBreaksAcrossPages() throws {
        let (_, url) = try rendered()
        let first = try text(url, page: 1)
        let second = try text(url, page: 2)
        #expect(first.contains(RenderTestDocument.firstRowPlace))
        #expect(!first.contains(RenderTestDocument.lastRowPlace))
        #expect(second.contains(RenderTestDocument.lastRowPlace))
        #expect(first.contains(RenderTestDocument.populationHeader))
        #expect(second.contains(RenderTestDocument.populationHeader))
        #expect(second.contains("Framhald: Reisetid frå kvar krins"))
        #expect(second.contains("Sum / snitt"))
        #expect(second.contains("222 020"))
    }

    @Test("No word lies outside the page or overlaps another word")
    func wordsInsideThePageAndApart() throws {
        let wide = Table(
            caption: "Ei breid tabell",
            columns: (1...9).map { Table.Column("Kolonne nummer \($0)", $0 % 2 == 0 ? .trailing : .leading) },
            rows: (1...6).map { row in (1...9).map { "Kommunesamanslåingsutgreiingsrapport\(row)\($0) 12\u{00A0}345,6" } })
        var document = RenderTestDocument.make()
        document.blocks.append(.table(wide))
        let (_, url) = try rendered(document)
        let (words, width, height) = try RenderTestTools.words(in: url)
        #expect(words.count > 500)
        for word in words {
            #expect(word.xMin >= 0 && word.yMin >= 0 && word.xMax <= width && word.yMax <= height, "outside the page: \(word)")
        }
        for page in Set(words.map(\.page)) {
            let onPage = words.filter { $0.page == page }
            for (index, a) in onPage.enumerated() {
                for b in onPage[(index + 1)...] {
                    let overlapX = min(a.xMax, b.xMax) - max(a.xMin, b.xMin)
                    let overlapY = min(a.yMax, b.yMax) - max(a.yMin, b.yMin)
                    #expect(overlapX <= 0.5 || overlapY <= 0.5, "«\(a.text)» and «\(b.text)» overlap on page \(page)")
                }
            }
        }
    }

    /// The page each marker word (`rad1`, `rad2`, …) of `document` lands on.
    func pages(of markers: [String], in document: Document) throws -> [String: Int] {
        let (_, url) = try rendered(document)
        let words = try RenderTestTools.words(in: url).words
        return Dictionary(words.filter { markers.contains($0.text) }.map { ($0.text, $0.page) }, uniquingKeysWith: min)
    }

    @Test("A short table that would break near the foot of a page moves whole to the next, for any amount of text before it")
    func shortTableKeptTogether() throws {
        let rows = (1...3).map { ["rad\($0)", "verdi"] }
        let table = Table(caption: "Filer", columns: [.init("Fil"), .init("Verdi")], rows: rows)
        for lines in stride(from: 40, through: 60, by: 2) {
            let filler = (0..<lines).map { _ in Block.paragraph("Ei linje med tekst.") }
            let document = Document(title: "T", language: .nn, blocks: filler + [.table(table)])
            let pages = try self.pages(of: ["rad1", "rad2", "rad3"], in: document)
            #expect(Set(pages.values).count == 1, "\(lines) lines before: \(pages)")
        }
    }

    @Test("A long table never leaves its last row (with the footer) alone on a page, for any amount of text before it")
    func noWidowRow() throws {
        let markers = (1...30).map { "rad\($0)" }
        let table = Table(caption: "Lang", columns: [.init("Fil"), .init("Verdi")], rows: markers.map { [$0, "verdi"] }, footer: [["Sum", "30"]])
        for lines in stride(from: 0, through: 40, by: 1) {
            let filler = (0..<lines).map { _ in Block.paragraph("Ei linje med tekst.") }
            let document = Document(title: "T", language: .nn, blocks: filler + [.table(table)])
            let pages = try self.pages(of: markers, in: document)
            let last = try #require(pages["rad30"])
            // Two body rows at least, not the last with only the footer.
            #expect(pages.values.filter { $0 == last }.count >= 2, "\(lines) lines before: rad30 alone on page \(last)")
            #expect(pages["rad1"] == pages["rad2"], "\(lines) lines before: the first row alone under its header")
        }
    }

    @Test("A range such as «13,5–38,3» in a column squeezed to its widest word stays on one line")
    func rangesStayWhole() throws {
        let columns = [Table.Column("Kommune")] + (1...8).map { Table.Column("Kolonne \($0)", .trailing) }
        let rows = ["Sogndal", "Aurland", "Lærdal"].map { name in
            [name] + (1...8).map { $0 == 4 ? "13,5–38,3" : "ein to tre fire fem seks sju åtte ni ti elleve tolv \($0)" }
        }
        let document = Document(title: "T", language: .nn, blocks: [.table(Table(caption: "Balanse", columns: columns, rows: rows))])
        let (_, url) = try rendered(document)
        let words = try RenderTestTools.words(in: url).words.map(\.text)
        #expect(words.filter { $0 == "13,5–38,3" }.count == 3, "\(words.filter { $0.contains("13,5") || $0.contains("38,3") })")
    }

    @Test("Chart labels stay inside the text column: none reaches into the left or right margin")
    func chartLabelsInsideTheMargins() throws {
        // The label column is sized from a width table; long names of the bundled template,
        // in bold and regular, must not be set wider into the margin.
        let names = [
            "Administrativ kapasitet og internkontroll", "Kostnad for samarbeidskommunane", "Regional balanse i arbeidsplassar",
            "Fagmiljø og robustheit", "Kontinuitet for tilsette",
        ]
        let chart = Chart(
            kind: .divergingBars, title: "Skilnad", altText: "a", categories: names,
            series: [Chart.Series(name: "Luster − Sogndal", values: [-2.8, -1.3, 3.7, 0, -4.3])], valueLabel: "poeng")
        let document = Document(title: "Diagram", language: .nn, blocks: [.chart(chart)])
        let (_, url) = try rendered(document)
        let (words, _, _) = try RenderTestTools.words(in: url)
        for word in words {
            #expect(word.xMin >= PDFPageStyle.left - 0.5, "«\(word.text)» reaches into the left margin at \(word.xMin)")
            #expect(word.xMax <= PDFPageStyle.left + PDFPageStyle.contentWidth + 0.5, "«\(word.text)» reaches into the right margin")
        }
    }

    @Test("pdftoppm renders every page without an error")
    func rasterises() throws {
        let (_, url) = try rendered()
        let pages = try pageCount(url)
        let folder = try RenderTestTools.temporaryFolder()
        let output = try RenderTestTools.run("pdftoppm", ["-r", "50", "-png", url.path, folder.appendingPathComponent("page").path])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty, "pdftoppm complained: \(output.stderr)")
        let images = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }
        #expect(images.count == pages)
        for image in images {
            let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(image).path)[.size] as? Int
            #expect((size ?? 0) > 1000, "\(image) is nearly empty")
        }
        try? FileManager.default.removeItem(at: folder)
    }

    @Test("The same input gives byte-identical output")
    func deterministic() throws {
        let first = try rendered().data
        let second = try rendered().data
        #expect(first == second)
        #expect(first.count > 10_000)
    }

    @Test(
        "The metadata date is the one given, with the D: prefix, as creation and modification date, in both profiles", arguments: PDFProfile.allCases)
    func metadataDate(profile: PDFProfile) throws {
        let (data, url) = try rendered(profile: profile)
        let info = try RenderTestTools.run("pdfinfo", ["-isodates", url.path])
        #expect(info.stdout.contains("CreationDate:    2026-02-23T00:00:00Z"))
        #expect(info.stdout.contains("ModDate:         2026-02-23T00:00:00Z"))
        #expect(info.stdout.contains("Author:          Sogn regionråd"))
        #expect(info.stdout.contains("Title:           Vertskommune for ureining- og miljøtilsyn i Sogn"))
        // The archive profile keeps the information dictionary in an object stream; the
        // plain one is cairo's file with the dates repaired in place.
        guard profile == .plain else { return }
        let raw = String(decoding: data, as: UTF8.self)
        #expect(raw.contains("/CreationDate (D:20260223000000Z)"))
        #expect(raw.contains("/ModDate (D:20260223000000Z)"))
        let other = try PDFRenderer(profile: .plain).render(
            RenderTestDocument.make(), metadata: PDFMetadata(title: "x", date: try #require(CalendarDate(year: 2027, month: 1, day: 5))))
        #expect(String(decoding: other, as: UTF8.self).contains("/CreationDate (D:20270105000000Z)"))
    }

    @Test("Every cross-reference offset points at its object after the date repair (plain profile)")
    func crossReferenceTable() throws {
        let bytes = [UInt8](try rendered(profile: .plain).data)
        let text = String(decoding: bytes, as: UTF8.self)
        let tail = try #require(text.range(of: "startxref\n", options: .backwards))
        let xref = try #require(Int(text[tail.upperBound...].prefix { $0.isNumber }))
        let table = String(decoding: bytes[xref...], as: UTF8.self).split(separator: "\n")
        #expect(table.first == "xref")
        let count = try #require(Int(table[1].split(separator: " ")[1]))
        for object in 1..<count {
            let entry = table[2 + object]
            guard entry.hasSuffix("n ") || entry.hasSuffix("n") else { continue }
            let offset = try #require(Int(entry.prefix(10)))
            let found = String(decoding: bytes[offset..<min(bytes.count, offset + 12)], as: UTF8.self)
            #expect(found.hasPrefix("\(object) 0 obj"), "object \(object) at \(offset): \(found)")
        }
    }

    @Test("An empty document is one page with its title")
    func emptyDocument() throws {
        let (_, url) = try rendered(Document(title: "Tom rapport", language: .nn))
        #expect(try pageCount(url) == 1)
        #expect(try text(url).contains("Tom rapport Side 1 av 1"))
    }

    @Test("A page-break hint starts a new page only when less than a quarter of the page is left")
    func pageBreakHint() throws {
        let short = Document(title: "Kort", language: .nn, blocks: [.paragraph("Fyrste del."), .pageBreakHint, .paragraph("Andre del.")])
        let (_, shortURL) = try rendered(short)
        #expect(try pageCount(shortURL) == 1)
        // 28 one-line paragraphs fill about 85 % of the first page: "Andre del." would fit,
        // but less than a quarter of the page is left, so the hint moves it.
        let filler = (1...28).map { Block.paragraph("Linje \($0) med æ, ø og å.") }
        let (_, withoutURL) = try rendered(Document(title: "Lang", language: .nn, blocks: filler + [.paragraph("Andre del.")]))
        #expect(try pageCount(withoutURL) == 1)
        let (_, withURL) = try rendered(Document(title: "Lang", language: .nn, blocks: filler + [.pageBreakHint, .paragraph("Andre del.")]))
        #expect(try pageCount(withURL) == 2)
        #expect(try text(withURL, page: 2).hasPrefix("Andre del."))
    }
}

@Suite struct PDFColumnWidthsTests {
    @Test("Columns that fit keep their natural width and the spare width goes to text columns")
    func spareToText() {
        let widths = PDFColumnWidths.allocate(natural: [100, 50, 50], minimum: [40, 30, 30], leading: [true, false, false], available: 300)
        #expect(widths == [200, 50, 50])
    }

    @Test("When space is short, short columns keep their width (with a 5 % margin) and the long one takes the rest")
    func shortColumnsFirst() {
        let widths = PDFColumnWidths.allocate(natural: [60, 400, 50], minimum: [40, 80, 30], leading: [true, true, false], available: 300)
        #expect(abs(widths.reduce(0, +) - 300) < 1e-6)
        #expect(abs(widths[0] - 63) < 1e-6)
        #expect(abs(widths[2] - 52.5) < 1e-6)
        #expect(abs(widths[1] - 184.5) < 1e-6)
    }

    @Test("Long columns share the room in proportion to their natural width")
    func proportionalSharing() {
        let widths = PDFColumnWidths.allocate(natural: [300, 900, 40], minimum: [50, 50, 30], leading: [true, true, false], available: 400)
        #expect(abs(widths.reduce(0, +) - 400) < 1e-6)
        #expect(abs(widths[2] - 42) < 1e-6)
        #expect(abs(widths[0] - 358.0 * 315 / 1260) < 1e-6)
        #expect(abs(widths[1] - 358.0 * 945 / 1260) < 1e-6)
    }

    @Test("When even the widest words do not fit, all columns shrink in proportion")
    func overfull() {
        let widths = PDFColumnWidths.allocate(natural: [300, 300], minimum: [200, 400], leading: [true, true], available: 300)
        #expect(widths == [100, 200])
    }
}
