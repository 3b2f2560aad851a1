import CQPDF
import Foundation
import Vertsval

/// Finishes a tagged PDF from cairo as PDF/A-2a (ISO 19005-2, level A), with qpdf.
///
/// cairo 1.16 writes the structure tree, the marked content and `MarkInfo`, embeds font
/// subsets with ToUnicode maps and writes the outline; this adds what it cannot:
/// - artifacts: the stand-in elements the painter opened for the running header, page
///   numbers, rules, backgrounds and repeated table header rows are dropped from the
///   structure tree, and their content becomes `/Artifact` marked content;
/// - the `Alt` text of every Figure, `Scope Column` on header cells, an `ID` on notes,
///   and `/Lang` on every Span that holds a passage in another language than the
///   document's (matched, like the Figures, by the order the painter opened them in);
/// - XMP metadata that matches the document information (`pdfaid:part 2`,
///   `pdfaid:conformance A`), the sRGB output intent with its ICC profile, `/Lang`,
///   `DisplayDocTitle`, and the dates with their `D:` prefix;
/// - `CIDToGIDMap Identity` on the CID fonts, which PDF/A requires to be explicit (cairo
///   numbers a subset's glyphs by CID, so Identity is what readers assume already);
/// - no page transparency groups (nothing on the pages is transparent).
///
/// qpdf writes the result with a document ID computed from the content, so the same
/// report gives the same bytes.
struct PDFArchive {
    /// The document information.
    let metadata: PDFMetadata
    /// The language the document is written in.
    let language: Language
    /// The text alternative of each Figure element and the language of each Span, in the
    /// order of the structure tree.
    let attributes: PDFStructureAttributes

    /// The output condition of the sRGB profile.
    static let outputCondition = "sRGB IEC61966-2.1"

    /// `pdf` (as cairo wrote it, tagged) finished as PDF/A-2a.
    ///
    /// - Throws: `PDFRenderError.qpdfFailed` when qpdf cannot read or write the file, or
    ///   when the structure tree is not the one the painter asked cairo for.
    func finished(_ pdf: Data) throws -> Data {
        let document = try QPDFDocument(reading: pdf)
        try markArtifacts(in: document)
        nameGlyphMaps(in: document)
        try tidyStructureTree(of: document)
        let producer = [document.info("/Producer"), "qpdf " + QPDFDocument.version].compactMap { $0 }.joined(separator: "; ")
        writeInformation(to: document, producer: producer)
        let root = document.root
        document.set(root, "/Lang", document.newText(Self.languageTag(language)))
        document.set(root, "/MarkInfo", document.newDictionary(["/Marked": document.newBool(true)]))
        document.set(root, "/ViewerPreferences", document.newDictionary(["/DisplayDocTitle": document.newBool(true)]))
        let xmp = Data(PDFArchiveXMP(metadata: metadata, language: language, producer: producer).packet.utf8)
        document.set(
            root, "/Metadata", document.newStream(xmp, ["/Type": document.newName("/Metadata"), "/Subtype": document.newName("/XML")]))
        let profile = document.newStream(Data(PackageResources.sRGB_icc), ["/N": document.newInteger(3)])
        let intent = document.newDictionary([
            "/Type": document.newName("/OutputIntent"), "/S": document.newName("/GTS_PDFA1"),
            "/OutputConditionIdentifier": document.newText(Self.outputCondition), "/Info": document.newText(Self.outputCondition),
            "/RegistryName": document.newText("http://www.color.org"), "/DestOutputProfile": profile,
        ])
        document.set(root, "/OutputIntents", document.newArray([intent]))
        return try document.written()
    }

    /// The language as a BCP 47 tag for `/Lang` and `dc:language`.
    static func languageTag(_ language: Language) -> String {
        switch language {
        case .nn: "nn-NO"
        case .nb: "nb-NO"
        case .en: "en"
        }
    }

    /// The date as a PDF date string (ISO 32000-1 §7.9.4).
    static func pdfDate(_ date: CalendarDate) -> String {
        "D:" + date.description.filter { $0 != "-" } + "000000Z"
    }

    /// Every page's content with the artifacts' stand-in marked content rewritten, and the
    /// page's transparency group removed.
    func markArtifacts(in document: QPDFDocument) throws {
        for page in document.pages {
            let contents = document.value(page, "/Contents")
            let streams = document.isArray(contents) ? document.items(contents) : [contents]
            for stream in streams where document.isStream(stream) {
                let rewritten = try PDFContentTokens.markingArtifacts(in: try document.data(of: stream), standIn: PDFStructure.artifactStandIn)
                document.replaceData(of: stream, with: rewritten.data)
            }
            document.remove(page, "/Group")
        }
        try document.check("marking artifacts", code: QPDF_SUCCESS)
    }

    /// `CIDToGIDMap Identity` on every TrueType CID font that names no map.
    func nameGlyphMaps(in document: QPDFDocument) {
        for page in document.pages {
            let fonts = document.value(document.value(page, "/Resources"), "/Font")
            guard document.isDictionary(fonts) else { continue }
            for font in document.dictionaryValues(fonts) {
                for descendant in document.items(document.value(font, "/DescendantFonts"))
                where document.name(document.value(descendant, "/Subtype")) == "/CIDFontType2"
                    && document.name(document.value(descendant, "/CIDToGIDMap")) == nil
                    && !document.isStream(document.value(descendant, "/CIDToGIDMap"))
                {
                    document.set(descendant, "/CIDToGIDMap", document.newName("/Identity"))
                }
            }
        }
    }

    /// The structure tree without the artifacts' stand-in elements (in the tree and in the
    /// parent tree), with `Alt` on every Figure, `Scope` on every header cell and `Lang` on
    /// every Span of a passage in another language.
    func tidyStructureTree(of document: QPDFDocument) throws {
        let treeRoot = document.value(document.root, "/StructTreeRoot")
        guard document.isDictionary(treeRoot) else {
            throw PDFRenderError.qpdfFailed(operation: "finishing the structure tree", reason: "cairo wrote no /StructTreeRoot")
        }
        let standIn = "/" + PDFStructure.artifactStandIn
        var removed: Set<Int32> = []
        var figures: [qpdf_oh] = []
        var headerCells: [qpdf_oh] = []
        var notes: [qpdf_oh] = []
        var spans: [qpdf_oh] = []
        func visit(_ element: qpdf_oh) {
            let kids = document.value(element, "/K")
            let list = document.isArray(kids) ? document.items(kids) : [kids]
            var dropped: [Int] = []
            for (index, kid) in list.enumerated() where document.isDictionary(kid) {
                switch document.name(document.value(kid, "/S")) {
                case standIn:
                    removed.insert(document.objectNumber(kid))
                    dropped.append(index)
                    continue
                case "/Figure": figures.append(kid)
                case "/TH": headerCells.append(kid)
                case "/Note": notes.append(kid)
                case "/Span": spans.append(kid)
                default: break
                }
                visit(kid)
            }
            if document.isArray(kids) {
                for index in dropped.reversed() { document.remove(kids, at: index) }
            } else if !dropped.isEmpty {
                document.remove(element, "/K")
            }
        }
        visit(treeRoot)
        let alternatives = attributes.figureAlternatives
        guard figures.count == alternatives.count else {
            throw PDFRenderError.qpdfFailed(
                operation: "finishing the structure tree", reason: "\(figures.count) Figure elements for \(alternatives.count) charts")
        }
        for (figure, alternative) in zip(figures, alternatives) { document.set(figure, "/Alt", document.newText(alternative)) }
        guard spans.count == attributes.spanLanguages.count else {
            throw PDFRenderError.qpdfFailed(
                operation: "finishing the structure tree", reason: "\(spans.count) Span elements for \(attributes.spanLanguages.count) spans drawn")
        }
        for case let (span, language?) in zip(spans, attributes.spanLanguages) {
            document.set(span, "/Lang", document.newText(Self.languageTag(language)))
        }
        for cell in headerCells {
            document.set(cell, "/A", document.newDictionary(["/O": document.newName("/Table"), "/Scope": document.newName("/Column")]))
        }
        // PDF/UA asks for a unique ID on every Note.
        for (index, note) in notes.enumerated() { document.set(note, "/ID", document.newText("note-\(index + 1)")) }
        let parents = document.value(document.value(treeRoot, "/ParentTree"), "/Nums")
        guard document.isArray(parents) else {
            throw PDFRenderError.qpdfFailed(operation: "finishing the structure tree", reason: "the parent tree has no flat /Nums array")
        }
        for (index, entry) in document.items(parents).enumerated() where index % 2 == 1 && document.isArray(entry) {
            for (position, element) in document.items(entry).enumerated() where removed.contains(document.objectNumber(element)) {
                document.set(entry, at: position, document.newNull())
            }
        }
        try document.check("finishing the structure tree", code: QPDF_SUCCESS)
    }

    /// The document information, equal to the XMP metadata.
    func writeInformation(to document: QPDFDocument, producer: String) {
        let date = Self.pdfDate(metadata.date)
        let entries: [(String, String?)] = [
            ("/Title", metadata.title), ("/Author", metadata.author ?? metadata.creator), ("/Subject", metadata.subject),
            ("/Keywords", metadata.keywords.isEmpty ? nil : metadata.keywords.joined(separator: ", ")), ("/Creator", metadata.creator),
            ("/Producer", producer), ("/CreationDate", date), ("/ModDate", date),
        ]
        for case let (key, value?) in entries { document.setInfo(key, value) }
    }
}
