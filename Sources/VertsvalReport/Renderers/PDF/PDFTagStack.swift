import Vertsval

/// The structure elements open while the painter draws, and the cairo 1.16 calls that
/// keep every piece of content either in a structure element or an artifact.
///
/// cairo 1.16 writes an element's own marked content into the structure tree only while
/// the element has no child elements: once a child is opened (an artifact such as a note's
/// background, or the running header on a page a paragraph continues onto), the content
/// drawn directly in the element belongs to nothing. So an element that will have children
/// or runs over a page break is *mixed*, and its text goes into `Span` children. Inside an
/// artifact nothing is tagged: nested structure elements are not opened.
///
/// A text with a passage in another language than the document's is drawn in pieces, each
/// in its own `Span` (`span(_:_:)`), so its element is mixed too; the stack records each
/// Span's language for `PDFArchive`, as it records each Figure's text alternative.
struct PDFTagStack {
    /// The canvas drawn on.
    let canvas: PDFCanvas
    /// Whether to tag at all; when false every method only draws.
    let enabled: Bool
    /// The open elements, outermost first: whether each was opened in cairo (not inside
    /// an artifact) and whether its content goes into spans.
    private var open: [(structure: PDFStructure, opened: Bool, mixed: Bool)] = []
    /// What `PDFArchive` adds to the Figure and Span elements opened, in order.
    private(set) var attributes = PDFStructureAttributes()

    /// Creates a stack; when `enabled`, opens the Document element.
    init(canvas: PDFCanvas, enabled: Bool) throws {
        self.canvas = canvas
        self.enabled = enabled
        if enabled { try open(.document, mixed: true) }
    }

    /// Whether an artifact is open.
    private var inArtifact: Bool { open.contains { $0.structure == .artifact } }

    /// Opens `structure` (only recorded inside an artifact); `mixed` says whether it will
    /// have child elements or run over a page break.
    mutating func open(_ structure: PDFStructure, mixed: Bool) throws {
        guard enabled else { return }
        if inArtifact {
            open.append((structure, false, false))
            return
        }
        switch structure {
        case let .figure(alt): attributes.figureAlternatives.append(alt)
        case let .span(language): attributes.spanLanguages.append(language)
        default: break
        }
        try canvas.beginTag(structure.tag)
        open.append((structure, true, mixed))
    }

    /// Closes the element opened last.
    mutating func close() throws {
        guard enabled, let last = open.popLast(), last.opened else { return }
        try canvas.endTag(last.structure.tag)
    }

    /// Draws `body` as an artifact.
    mutating func artifact(_ body: () throws -> Void) throws {
        try open(.artifact, mixed: false)
        try body()
        try close()
    }

    /// Draws `body` as content of the innermost element, in a `Span` when that element is
    /// mixed.
    mutating func content(_ body: () throws -> Void) throws {
        guard enabled, let last = open.last, last.opened, last.mixed else {
            try body()
            return
        }
        try open(.span(language: nil), mixed: false)
        try body()
        try close()
    }

    /// Whether content drawn now goes into `Span` children: tagging is on, and the
    /// innermost element is opened (not inside an artifact) and mixed.
    var contentInSpans: Bool {
        guard enabled, let last = open.last else { return false }
        return last.opened && last.mixed
    }

    /// Draws `body` in a `Span` of `language` (nil: the document's language) inside the
    /// innermost element, which must take its content in spans (`contentInSpans`).
    mutating func span(_ language: Language?, _ body: () throws -> Void) throws {
        precondition(contentInSpans, "a language span outside a mixed, tagged element")
        try open(.span(language: language), mixed: false)
        try body()
        try close()
    }

    /// Closes the Document element; every other element must be closed already.
    mutating func finish() throws {
        guard enabled else { return }
        precondition(
            open.count == 1 && open.first?.structure == .document, "the paginator left structure elements open: \(open.map(\.structure))")
        try close()
    }

    /// Whether the element opened just before `ops` is mixed: whether, before its end on
    /// the same page, it has a child element or an artifact (a fill or rule), or a text
    /// that `inPieces` says is drawn in language spans, or whether it does not end on this
    /// page.
    ///
    /// - Complexity: O(length of the element's ops).
    static func isMixed(_ ops: ArraySlice<PDFDrawOp>, inPieces: (PDFText) -> Bool = { _ in false }) -> Bool {
        var depth = 1
        for op in ops {
            switch op {
            case .begin:
                if depth == 1 { return true }
                depth += 1
            case .end:
                depth -= 1
                if depth == 0 { return false }
            case .fill, .rule:
                if depth == 1 { return true }
            case let .text(text, _, _, _):
                if depth == 1 && inPieces(text) { return true }
            case .chart, .outline:
                break
            }
        }
        return true
    }
}
