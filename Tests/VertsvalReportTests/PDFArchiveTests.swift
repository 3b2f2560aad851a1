import Foundation
import Testing
import Vertsval

@testable import VertsvalReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The archive profile (PDF/A-2a) checked requirement by requirement on qpdf's view of the
/// file (veraPDF is not available here): structure tree, artifacts, table headers,
/// alternative text, XMP identification, output intent, language, outline, fonts, reading
/// order, and pages that look exactly like the plain profile's.
@Suite struct PDFArchiveTests {
    static let date = CalendarDate(year: 2026, month: 2, day: 23)

    /// `document` rendered in `profile` and written to a temporary file.
    func rendered(_ document: Document = RenderTestDocument.make(), profile: PDFProfile = .archive) throws -> (data: Data, url: URL) {
        let metadata = PDFMetadata(
            title: document.title, author: "Sogn regionråd", subject: "Sak 04/26", keywords: ["vertskommune", "Sogn"],
            date: try #require(Self.date))
        let data = try PDFRenderer(profile: profile).render(document, metadata: metadata)
        return (data, try RenderTestTools.write(data, name: "\(profile.rawValue).pdf"))
    }

    /// The structure tree's elements, depth first.
    func elements(_ reader: PDFObjectReader) throws -> [PDFObjectReader.Element] {
        try #require(reader.structureTree).flatMap(\.all)
    }

    @Test("The structure tree has one Document with the title as H1, sections as H2/H3, and every kind of block under its own type")
    func structureTree() throws {
        let reader = try PDFObjectReader(rendered().url)
        let tree = try #require(reader.structureTree)
        #expect(tree.map(\.type) == ["/Document"])
        let types = try elements(reader).map(\.type)
        for expected in ["/H1", "/H2", "/H3", "/P", "/L", "/LI", "/Lbl", "/LBody", "/Table", "/Caption", "/TR", "/TH", "/TD", "/Figure", "/Note"] {
            #expect(types.contains(expected), "no \(expected) element")
        }
        #expect(types.filter { $0 == "/H1" }.count == 1)
        #expect(!types.contains("/" + PDFStructure.artifactStandIn), "the artifacts' stand-in is still in the tree")
        let document = RenderTestDocument.make()
        let headings = document.blocks.compactMap { block -> Int? in
            if case let .heading(_, level) = block { return level }
            return nil
        }
        #expect(types.filter { $0 == "/H2" }.count == headings.filter { $0 == 1 }.count)
        #expect(types.filter { $0 == "/H3" }.count == headings.filter { $0 == 2 }.count)
        let notes = document.blocks.filter { if case .note = $0 { true } else { false } }.count
        #expect(types.filter { $0 == "/Note" }.count == notes)
    }

    /// A document whose paragraph, list item, note and table row run over page breaks.
    static func flowingDocument() -> Document {
        let sentence = "Denne setninga er med for å fylle sida, slik at teksten held fram på neste side. "
        let long = String(repeating: sentence, count: 90)
        let table = Table(
            caption: "Lang celle", columns: [.init("Kolonne"), .init("Tekst")], rows: [["rad", String(repeating: sentence, count: 120)]])
        return Document(
            title: "Lang tekst", language: .nn, runningHeader: ["Sak"],
            blocks: [
                .paragraph(long), .bullets([long]), .note(Note(kind: .info, label: "Merk", text: long)), .table(table),
            ])
    }

    @Test(
        "Every painting operator on every page is inside tagged content or an artifact, and every tagged MCID is in the tree",
        arguments: ["report", "flowing"])
    func everythingTaggedOrArtifact(document name: String) throws {
        let document = name == "report" ? RenderTestDocument.make() : Self.flowingDocument()
        let reader = try PDFObjectReader(rendered(document).url)
        if name == "flowing" { #expect(reader.pages.count >= 6) }
        let tree = try elements(reader)
        var referenced: Set<String> = []
        for element in tree { for content in element.contents { referenced.insert("\(content.page ?? "?")#\(content.mcid)") } }
        let elementReferences = Set(tree.compactMap(\.reference))
        let nums = try #require(reader.array(reader.dictionary(reader.dictionary(reader.root["/StructTreeRoot"])?["/ParentTree"])?["/Nums"]))
        var parents: [Int: [Any]] = [:]
        for index in stride(from: 0, to: nums.count - 1, by: 2) {
            if let key = nums[index] as? Int { parents[key] = reader.array(nums[index + 1]) }
        }
        for (number, page) in reader.pages.enumerated() {
            let dictionary = try #require(reader.dictionary(page))
            #expect(dictionary["/Group"] == nil, "page \(number + 1) still has a transparency group")
            let content = try #require(reader.streamData(dictionary["/Contents"]))
            let operators = try PDFContentOperators.read(content)
            let painting = operators.filter { PDFContentOperators.painting.contains($0.name) }
            #expect(!painting.isEmpty)
            for op in painting {
                #expect(!op.open.isEmpty, "page \(number + 1): \(op.name) outside marked content")
                if op.open.contains("/Artifact") { continue }
                let mcid = try #require(op.mcid, "page \(number + 1): \(op.name) in \(op.open) without an MCID")
                #expect(referenced.contains("\(page)#\(mcid)"), "page \(number + 1): MCID \(mcid) is in no structure element")
                let key = try #require(dictionary["/StructParents"] as? Int)
                let parent = try #require(parents[key].flatMap { mcid < $0.count ? $0[mcid] as? String : nil })
                #expect(elementReferences.contains(parent), "page \(number + 1): the parent tree maps MCID \(mcid) outside the tree")
            }
            // The running header and the page number at least are artifact text.
            let artifactText = painting.filter { ["Tj", "TJ"].contains($0.name) && $0.open.contains("/Artifact") }
            #expect(artifactText.count >= 2, "page \(number + 1)")
            #expect(!operators.contains { $0.open.contains("/" + PDFStructure.artifactStandIn) })
        }
    }

    @Test("Tables have TH cells with column scope, once per table: header rows repeated on later pages are artifacts")
    func tableHeaders() throws {
        let document = RenderTestDocument.make()
        let (_, url) = try rendered(document)
        #expect(try PDFRendererTests().text(url, page: 2).contains(RenderTestDocument.populationHeader), "the long table must repeat its header")
        let tree = try elements(PDFObjectReader(url))
        let reader = try PDFObjectReader(url)
        let columns = document.blocks.reduce(0) { sum, block in
            if case let .table(table) = block { return sum + table.columns.count }
            return sum
        }
        let headers = tree.filter { $0.type == "/TH" }
        #expect(headers.count == columns)
        for header in headers {
            let attributes = try #require(reader.dictionary(header.dictionary["/A"]))
            #expect(reader.name(attributes["/Scope"]) == "/Column")
            #expect(reader.name(attributes["/O"]) == "/Table")
        }
        for table in tree.filter({ $0.type == "/Table" }) {
            let rows = table.kids.filter { $0.type == "/TR" }
            #expect(rows.first?.kids.allSatisfy { $0.type == "/TH" } == true)
            #expect(rows.dropFirst().allSatisfy { $0.kids.allSatisfy { $0.type == "/TD" } })
        }
    }

    @Test("Every Figure carries its chart's text alternative as Alt, in document order")
    func figuresHaveAlt() throws {
        let document = RenderTestDocument.make()
        let reader = try PDFObjectReader(rendered(document).url)
        let alternatives = try elements(reader).filter { $0.type == "/Figure" }.map { reader.text($0.dictionary["/Alt"]) }
        let charts = document.blocks.compactMap { block -> String? in
            if case let .chart(chart) = block { return chart.altText }
            return nil
        }
        #expect(charts.count == 4)
        #expect(alternatives == charts)
    }

    @Test("XMP metadata identifies PDF/A-2a and agrees with the document information")
    func xmpMetadata() throws {
        let reader = try PDFObjectReader(rendered().url)
        let metadata = try #require(reader.dictionary(reader.root["/Metadata"]))
        #expect(reader.name(metadata["/Type"]) == "/Metadata")
        #expect(reader.name(metadata["/Subtype"]) == "/XML")
        #expect(metadata["/Filter"] == nil, "the XMP packet should be readable without a PDF library")
        let xmp = String(decoding: try #require(reader.streamData(reader.root["/Metadata"])), as: UTF8.self)
        let values = try XMPValues(xmp)
        #expect(values["pdfaid:part"] == ["2"])
        #expect(values["pdfaid:conformance"] == ["A"])
        #expect(values["dc:title"] == [try #require(reader.text(reader.info["/Title"]))])
        #expect(values["dc:title"] == ["Vertskommune for ureining- og miljøtilsyn i Sogn"])
        #expect(values["dc:creator"] == ["Sogn regionråd"])
        #expect(values["dc:creator"] == [try #require(reader.text(reader.info["/Author"]))])
        #expect(values["dc:description"] == ["Sak 04/26"])
        #expect(values["xmp:CreateDate"] == ["2026-02-23T00:00:00Z"])
        #expect(values["xmp:ModifyDate"] == ["2026-02-23T00:00:00Z"])
        #expect(reader.text(reader.info["/CreationDate"]) == "D:20260223000000Z")
        #expect(values["pdf:Producer"] == [try #require(reader.text(reader.info["/Producer"]))])
        #expect(values["xmp:CreatorTool"] == [try #require(reader.text(reader.info["/Creator"]))])
        #expect(values["pdf:Keywords"] == [try #require(reader.text(reader.info["/Keywords"]))])
        #expect(values["dc:language"] == ["nn-NO"])
    }

    @Test("The output intent is sRGB with the bundled ICC profile, which is Debian's icc-profiles-free sRGB.icc")
    func outputIntent() throws {
        let reader = try PDFObjectReader(rendered().url)
        let intents = try #require(reader.array(reader.root["/OutputIntents"]))
        #expect(intents.count == 1)
        let intent = try #require(reader.dictionary(intents.first))
        #expect(reader.name(intent["/S"]) == "/GTS_PDFA1")
        #expect(reader.text(intent["/OutputConditionIdentifier"]) == "sRGB IEC61966-2.1")
        #expect(reader.dictionary(intent["/DestOutputProfile"])?["/N"] as? Int == 3)
        let profile = try #require(reader.streamData(intent["/DestOutputProfile"]))
        #expect(profile == Data(PackageResources.sRGB_icc))
        #expect(String(decoding: profile[36..<40], as: UTF8.self) == "acsp", "not an ICC profile")
        #expect(String(decoding: profile[16..<20], as: UTF8.self) == "RGB ")
        let debian = URL(fileURLWithPath: "/usr/share/color/icc/sRGB.icc")
        if FileManager.default.fileExists(atPath: debian.path) || ProcessInfo.processInfo.environment["VERTSVAL_CI"] != nil {
            #expect(try Data(contentsOf: debian) == profile, "the bundled profile differs from icc-profiles-free's")
        }
    }

    @Test("The catalog has /Lang for the report's language, MarkInfo Marked and DisplayDocTitle", arguments: [Language.nn, .nb, .en])
    func catalogEntries(language: Language) throws {
        let document = Document(title: "Rapport", language: language, runningHeader: ["Sak"], blocks: [.paragraph("Tekst.")])
        let reader = try PDFObjectReader(rendered(document).url)
        let expected: [Language: String] = [.nn: "nn-NO", .nb: "nb-NO", .en: "en"]
        #expect(reader.text(reader.root["/Lang"]) == expected[language])
        #expect(reader.dictionary(reader.root["/MarkInfo"])?["/Marked"] as? Bool == true)
        #expect(reader.dictionary(reader.root["/ViewerPreferences"])?["/DisplayDocTitle"] as? Bool == true)
    }

    @Test("The outline lists every heading in order, sections at the top level")
    func outline() throws {
        let document = RenderTestDocument.make()
        let reader = try PDFObjectReader(rendered(document).url)
        let headings = document.blocks.compactMap { block -> (String, Int)? in
            if case let .heading(text, level) = block { return (text, level) }
            return nil
        }
        let outline = reader.outline
        #expect(outline.map(\.title) == headings.map(\.0))
        #expect(outline.map(\.depth) == headings.map(\.1))
    }

    @Test("Every font is embedded and has a ToUnicode map")
    func fontsEmbedded() throws {
        let reader = try PDFObjectReader(rendered().url)
        var fonts = 0
        for page in reader.pages {
            let resources = try #require(reader.dictionary(reader.dictionary(page)?["/Resources"]))
            for (_, font) in reader.dictionary(resources["/Font"]) ?? [:] {
                let dictionary = try #require(reader.dictionary(font))
                fonts += 1
                #expect(dictionary["/ToUnicode"] != nil, "\(dictionary) has no ToUnicode")
                let descendant = reader.array(dictionary["/DescendantFonts"]).flatMap { reader.dictionary($0.first) } ?? dictionary
                if reader.name(descendant["/Subtype"]) == "/CIDFontType2" {
                    #expect(reader.name(descendant["/CIDToGIDMap"]) == "/Identity", "PDF/A needs an explicit CIDToGIDMap")
                }
                let descriptor = try #require(reader.dictionary(descendant["/FontDescriptor"]), "\(descendant) has no descriptor")
                #expect(["/FontFile", "/FontFile2", "/FontFile3"].contains { descriptor[$0] != nil }, "\(descriptor) is not embedded")
            }
        }
        #expect(fonts > 0)
    }

    @Test("pdftotext reads the blocks in the document model's order")
    func readingOrder() throws {
        let document = RenderTestDocument.make()
        let text = try PDFRendererTests().text(rendered(document).url)
        var expected = [document.title]
        for block in document.blocks {
            switch block {
            case let .heading(heading, _): expected.append(heading)
            case let .paragraph(paragraph): expected.append(String(paragraph.prefix(40)))
            case let .bullets(items): expected += items.map { String($0.prefix(30)) }
            case let .note(note): expected.append(String(note.text.prefix(30)))
            case let .chart(chart): expected.append(chart.title)
            case let .table(table): expected += [table.caption, table.rows.first?.first].compactMap { $0 }
            case let .keyFigures(figures): expected += figures.map(\.label)
            case .pageBreakHint: break
            }
        }
        var position = text.startIndex
        for piece in expected.map(RenderTestTools.normalized) {
            let found = try #require(text.range(of: piece, range: position..<text.endIndex), "«\(piece)» is missing or out of order")
            position = found.upperBound
        }
    }

    @Test(
        "Tagging and finishing leave the pages as they were: the plain profile's words at the same places, the same pixels give or take anti-aliasing"
    )
    func samePagesAsPlain() throws {
        let archive = try rendered(profile: .archive).url
        let plain = try rendered(profile: .plain).url
        // Every word at the same place (cairo starts a new text object at each tag, which
        // moves glyphs by rounding only).
        func words(_ url: URL) throws -> [RenderTestTools.Word] {
            try RenderTestTools.words(in: url).words.sorted { ($0.page, $0.text, $0.yMin, $0.xMin) < ($1.page, $1.text, $1.yMin, $1.xMin) }
        }
        let archiveWords = try words(archive)
        let plainWords = try words(plain)
        #expect(archiveWords.map(\.text) == plainWords.map(\.text))
        for (a, p) in zip(archiveWords, plainWords) {
            let shift = max(abs(a.xMin - p.xMin), abs(a.yMin - p.yMin), abs(a.xMax - p.xMax), abs(a.yMax - p.yMax))
            #expect(a.page == p.page && shift < 0.3, "«\(a.text)» moved by \(shift) pt")
        }
        // The pages as grey pixels at 60 dpi: on average less than half a grey level apart.
        func pages(_ url: URL) throws -> [[UInt8]] {
            let folder = try RenderTestTools.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let output = try RenderTestTools.run("pdftoppm", ["-r", "60", "-gray", url.path, folder.appendingPathComponent("page").path])
            #expect(output.status == 0, "\(output.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            return try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
        }
        let archivePages = try pages(archive)
        let plainPages = try pages(plain)
        #expect(archivePages.count == plainPages.count && archivePages.count >= 3)
        for (index, (a, p)) in zip(archivePages, plainPages).enumerated() {
            #expect(a.count == p.count, "page \(index + 1) has another size")
            let difference = zip(a, p).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
            #expect(Double(difference) / Double(max(1, a.count)) < 0.5, "page \(index + 1) differs by \(difference) grey levels")
        }
    }

    @Test("The same input gives byte-identical archive PDFs; the plain profile stays untagged")
    func deterministic() throws {
        let first = try rendered()
        #expect(first.data == (try rendered().data))
        // PDF/A needs a document ID; qpdf's is computed from the content.
        let firstReader = try PDFObjectReader(first.url)
        let id = try #require(firstReader.array(firstReader.trailer["/ID"]))
        #expect(id.count == 2)
        let plain = try rendered(profile: .plain)
        #expect(plain.data == (try rendered(profile: .plain).data))
        let reader = try PDFObjectReader(plain.url)
        #expect(reader.root["/StructTreeRoot"] == nil)
        #expect(reader.root["/Metadata"] == nil)
    }
}

/// The simple properties of an XMP packet: each element's text, or the texts of its
/// `rdf:li` items, by qualified name.
struct XMPValues {
    private var values: [String: [String]] = [:]

    init(_ xmp: String) throws {
        let parser = XMLParser(data: Data(xmp.utf8))
        let delegate = Collector()
        parser.delegate = delegate
        guard parser.parse() else {
            throw PDFObjectReader.Failure("the XMP packet is not well-formed XML: \(String(describing: parser.parserError))")
        }
        values = delegate.values
    }

    subscript(name: String) -> [String]? { values[name] }

    private final class Collector: NSObject, XMLParserDelegate {
        var values: [String: [String]] = [:]
        var path: [String] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            path.append(name)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if name == "rdf:li", let property = path.last(where: { !$0.hasPrefix("rdf:") }) {
                values[property, default: []].append(value)
            } else if !name.hasPrefix("rdf:") && !name.hasPrefix("x:") && !value.isEmpty && values[name] == nil {
                values[name] = [value]
            }
            text = ""
        }
    }
}
