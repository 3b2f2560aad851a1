import Foundation
import Testing
import Vertsval
import VertsvalStudy
import VertsvalTestSupport

@testable import VertsvalReport

/// Passages in another language than the report's carry `/Lang` in the archive PDF's
/// structure tree (WCAG 2.1 3.1.2, language of parts; PDF/UA 7.2), as they carry `lang` in
/// the HTML report: a screen reader reads a Nynorsk rationale in an English report with a
/// Nynorsk voice. Checked on qpdf's view of the file, with each element's text decoded from
/// the page content by its marked-content ids.
@Suite struct PDFLanguageSpanTests {
    static let date = CalendarDate(year: 2026, month: 2, day: 23)

    /// A structure element with its `/Lang` and the text of its own marked content.
    struct TaggedText {
        var type: String
        var language: String?
        var text: String
    }

    /// `document` as an archive (or plain) PDF in a temporary file.
    static func rendered(_ document: Document, profile: PDFProfile = .archive) throws -> (data: Data, url: URL) {
        let metadata = PDFMetadata(title: document.title, date: try #require(date))
        let data = try PDFRenderer(profile: profile).render(document, metadata: metadata)
        return (data, try RenderTestTools.write(data, name: "language-\(profile.rawValue).pdf"))
    }

    /// Every structure element of the PDF at `url`, depth first, with its language and the
    /// text of its own content (white space runs as one space, ends trimmed).
    static func elements(_ url: URL) throws -> (catalog: String?, elements: [TaggedText]) {
        let reader = try PDFObjectReader(url)
        var pages: [String: PDFMarkedText] = [:]
        var result: [TaggedText] = []
        for element in try #require(reader.structureTree).flatMap(\.all) {
            var text = ""
            for content in element.contents {
                let page = try #require(content.page)
                if pages[page] == nil { pages[page] = try PDFMarkedText(reader, page: page) }
                text += pages[page]?.texts[content.mcid] ?? ""
            }
            result.append(TaggedText(type: element.type, language: reader.text(element.dictionary["/Lang"]), text: normalized(text)))
        }
        return (reader.text(reader.root["/Lang"]), result)
    }

    /// `text` with every run of white space as one space, trimmed.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every text of the document's blocks that the PDF sets in a structure element.
    static func blockTexts(_ document: Document) -> [String] {
        document.blocks.flatMap { block -> [String] in
            switch block {
            case let .heading(text, _), let .paragraph(text): [text]
            case let .bullets(items): items
            case let .keyFigures(figures): figures.flatMap { [$0.label, $0.value] + ($0.detail.map { [$0] } ?? []) }
            case let .table(table): (table.caption.map { [$0] } ?? []) + table.columns.map(\.title) + (table.rows + table.footer).flatMap { $0 }
            case let .note(note): [note.label, note.text]
            case let .chart(chart): [chart.title]
            case .pageBreakHint: []
            }
        }
    }

    /// How often `passage` stands in `text`, counted with a plain string search.
    static func occurrences(of passage: String, in text: String) -> Int {
        text.components(separatedBy: passage).count - 1
    }

    /// The bundled case's report document in `language`, and its rationales that have no
    /// text of their own in `language`.
    static func bundledCase(_ language: Language) throws -> (document: Document, untranslated: Set<String>) {
        let path = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")
        let content = try PrepareReport.run(.init(input: StudyInput(path: path), date: try #require(date), samples: 60))
        guard case let .case(evaluated, _) = content.subject else { throw PDFObjectReader.Failure("expected a case report") }
        let untranslated = evaluated.evaluation.case.scores.map(\.why).filter { !$0.has(language) }.map { $0.text(language) }
        return (ReportFile.document(content, language: language), Set(untranslated))
    }

    @Test(
        "An English or Bokmål report of the bundled case has /Lang nn-NO on exactly the elements whose text is Nynorsk (its rationales among them), once per place it stands",
        arguments: [Language.en, .nb])
    func rationalesHaveNynorskLanguage(language: Language) throws {
        let (document, untranslated) = try Self.bundledCase(language)
        #expect(!untranslated.isEmpty, "the bundled case has rationales in Nynorsk only")
        // The case's and template's texts shown in Nynorsk: the rationales, and in Bokmål
        // the level wordings the template has in Nynorsk only.
        let nynorsk = Set(document.otherLanguageTexts.map(\.text))
        #expect(document.otherLanguageTexts.allSatisfy { $0.language == .nn })
        #expect(untranslated.isSubset(of: nynorsk))
        let (catalog, elements) = try Self.elements(Self.rendered(document).url)
        #expect(catalog == PDFArchive.languageTag(language))
        let marked = elements.filter { $0.language != nil }
        for element in marked {
            #expect(element.type == "/Span")
            #expect(element.language == "nn-NO")
            #expect(nynorsk.contains(element.text), "«\(element.text)» is marked as Nynorsk but is no Nynorsk text of the case")
        }
        // Each text is marked once for every place it stands in the report, and every
        // rationale is marked.
        let texts = Self.blockTexts(document)
        for text in nynorsk {
            let expected = texts.reduce(0) { $0 + Self.occurrences(of: text, in: $1) }
            #expect(marked.filter { $0.text == text }.count == expected, "«\(text)»")
            if untranslated.contains(text) { #expect(expected > 0, "«\(text)» is not in the report") }
        }
        // No element in the report's language holds a Nynorsk text, nor the start of one.
        for element in elements where element.language == nil {
            for text in nynorsk {
                #expect(!element.text.contains(String(text.prefix(20))), "«\(element.text)» holds Nynorsk text without /Lang")
            }
        }
    }

    @Test("A Nynorsk report of the bundled case has no /Lang below the catalog: every text is in Nynorsk")
    func nynorskReportHasNone() throws {
        let (document, untranslated) = try Self.bundledCase(.nn)
        #expect(untranslated.isEmpty)
        #expect(document.otherLanguageTexts.isEmpty)
        let (catalog, elements) = try Self.elements(Self.rendered(document).url)
        #expect(catalog == "nn-NO")
        #expect(!elements.isEmpty)
        #expect(elements.allSatisfy { $0.language == nil })
    }

    /// An English document with Nynorsk and Bokmål passages in every kind of block: inside
    /// a sentence, alone in a cell, in a bullet, in a note, twice in one paragraph, and in
    /// a paragraph long enough to run over a page break.
    static func passageDocument() -> Document {
        let nynorsk = "Illustrerande skår. Vis til kva lokale som er tilgjengelege."
        let bokmal = "Lokaler"
        let long = String(repeating: "Denne setninga fyller sida slik at teksten held fram på neste side. ", count: 70) + "Slutt."
        let filler = String(repeating: "This sentence fills the page so that the passage starts near its foot. ", count: 64)
        let table = Table(
            caption: "Scores", columns: [.init("Criterion"), .init("Luster")],
            rows: [["Premises", "level 4 of 5: \(nynorsk) Source: survey."], [bokmal, nynorsk]])
        return Document(
            title: "Report", language: .en, runningHeader: ["Case"],
            blocks: [
                .paragraph("The rationale «\(nynorsk)» was given twice: \(nynorsk)"),
                .table(table),
                .bullets(["\(bokmal): level 3", "No passage here."]),
                .note(Note(kind: .info, label: "Note", text: "\(nynorsk) (as given)")),
                .paragraph(filler),
                .paragraph("Before. " + long),
            ],
            otherLanguageTexts: [
                OtherLanguageText(nynorsk, language: .nn), OtherLanguageText(bokmal, language: .nb), OtherLanguageText(long, language: .nn),
            ])
    }

    @Test("Every kind of block: each passage in a Span of its own language, the text around it in Spans without /Lang")
    func everyKindOfBlock() throws {
        let document = Self.passageDocument()
        let url = try Self.rendered(document).url
        let (_, elements) = try Self.elements(url)
        let nynorsk = document.otherLanguageTexts[0].text
        let long = Self.normalized(document.otherLanguageTexts[2].text)
        let marked = elements.filter { $0.language != nil }.map { "\($0.language ?? ""): \($0.text)" }
        // Paragraph (twice), table cell after a score, a cell alone, the note; the Bokmål
        // word in a cell and a bullet; the long passage in one Span per page it runs over.
        let nn = "nn-NO: \(nynorsk)"
        #expect(Array(marked.prefix(7)) == [nn, nn, nn, "nb-NO: Lokaler", nn, "nb-NO: Lokaler", nn])
        let longParts = marked.dropFirst(7)
        #expect(longParts.allSatisfy { $0.hasPrefix("nn-NO: ") })
        #expect(longParts.count >= 2, "the long passage should run over a page break")
        let joined = Self.normalized(longParts.map { String($0.dropFirst("nn-NO: ".count)) }.joined(separator: " "))
        #expect(joined == long)
        // The text around the passages is in Spans of the document's language.
        let plain = elements.filter { $0.type == "/Span" && $0.language == nil }.map(\.text)
        for around in ["The rationale «", "» was given twice:", "level 4 of 5:", "Source: survey.", ": level 3", "Note:", "(as given)", "Before."] {
            #expect(plain.contains(around), "«\(around)» is not a Span of its own")
        }
        #expect(try PDFObjectReader(url).pages.count >= 3)
    }

    @Test(
        "Drawing texts in language pieces puts every word where drawing them whole puts it, the pages look the same, and the same input gives the same bytes"
    )
    func sameDrawingAsWhole() throws {
        let (document, _) = try Self.bundledCase(.en)
        for sample in [document, Self.passageDocument()] {
            let pieces = try Self.rendered(sample)
            #expect(pieces.data == (try Self.rendered(sample).data))
            var unmarked = sample
            unmarked.otherLanguageTexts = []
            let whole = try Self.rendered(unmarked)
            #expect(pieces.data != whole.data)
            func words(_ url: URL) throws -> [RenderTestTools.Word] {
                try RenderTestTools.words(in: url).words.sorted { ($0.page, $0.text, $0.yMin, $0.xMin) < ($1.page, $1.text, $1.yMin, $1.xMin) }
            }
            let pieceWords = try words(pieces.url)
            let wholeWords = try words(whole.url)
            #expect(pieceWords.map(\.text) == wholeWords.map(\.text))
            var largest = 0.0
            for (a, w) in zip(pieceWords, wholeWords) {
                // pango places the glyphs the same in both. cairo writes a run of glyphs with
                // the font's rounded widths, and its rounding drifts along a line (here up to
                // half a point after 60 characters at 10 pt); it starts a new run, at the
                // exact place, after each marked-content boundary. So the words after a
                // passage's start move by the drift at that place only, never by a space.
                let shift = max(abs(a.xMin - w.xMin), abs(a.yMin - w.yMin), abs(a.xMax - w.xMax), abs(a.yMax - w.yMax))
                largest = max(largest, shift)
                #expect(a.page == w.page && shift < 1, "«\(a.text)» moved by \(shift) pt")
            }
            #expect(largest > 0, "nothing was drawn in pieces")
            let piecePages = try Self.greyPages(pieces.url)
            let wholePages = try Self.greyPages(whole.url)
            #expect(piecePages.count == wholePages.count)
            for (index, (a, w)) in zip(piecePages, wholePages).enumerated() {
                #expect(a.count == w.count, "page \(index + 1) has another size")
                let difference = zip(a, w).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
                #expect(Double(difference) / Double(max(1, a.count)) < 0.5, "page \(index + 1) differs by \(difference) grey levels")
            }
        }
    }

    /// The pages of the PDF at `url` as grey pixels at 50 dpi.
    static func greyPages(_ url: URL) throws -> [[UInt8]] {
        let folder = try RenderTestTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try RenderTestTools.run("pdftoppm", ["-r", "50", "-gray", url.path, folder.appendingPathComponent("page").path])
        guard output.status == 0 else { throw PDFObjectReader.Failure("pdftoppm failed: \(output.stderr)") }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    @Test("A text offset maps past the break opportunities put into a long word")
    func offsetsPastBreakOpportunities() {
        let original = "ab " + String(repeating: "x", count: 400) + " Lokale"
        let breakable = PDFLineBreaking.breakable([original]).joined()
        #expect(breakable.utf8.count > original.utf8.count)
        let start = original.utf8.count - "Lokale".utf8.count
        let mapped = PDFLineBreaking.offset(start, of: original, in: breakable)
        #expect(String(decoding: Array(breakable.utf8)[mapped...], as: UTF8.self) == "Lokale")
        #expect(PDFLineBreaking.offset(2, of: original, in: breakable) == 2)
        #expect(PDFLineBreaking.offset(original.utf8.count, of: original, in: breakable) == breakable.utf8.count)
    }

    @Test("Pieces cover the whole text in order: passages with their language, the text between without")
    func piecesCoverTheText() {
        var pieces = PDFLanguagePieces([OtherLanguageText("skår", language: .nn), OtherLanguageText("Lokaler", language: .nb)])
        let text = PDFText("Å skår: Lokaler, skåret", size: 9, width: 100)
        let found = pieces.pieces(of: text) ?? []
        let bytes = Array(text.string.utf8)
        let parts = found.map { (String(decoding: bytes[$0.bytes], as: UTF8.self), $0.language) }
        #expect(parts.map(\.0) == ["Å ", "skår", ": ", "Lokaler", ", skåret"])
        #expect(parts.map(\.1) == [nil, .nn, nil, .nb, nil])
        #expect(pieces.pieces(of: PDFText("Nothing to mark.", size: 9, width: 100)) == nil)
        var ellipsized = text
        ellipsized.ellipsize = true
        #expect(pieces.pieces(of: ellipsized) == nil)
    }
}
