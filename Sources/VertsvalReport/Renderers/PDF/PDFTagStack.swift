/// The structure elements open while the painter draws, and the cairo 1.16 calls that
/// keep every piece of content either in a structure element or an artifact.
///
/// cairo 1.16 writes an element's own marked content into the structure tree only while
/// the element has no child elements: once a child is opened (an artifact such as a note's
/// background, or the running header on a page a paragraph continues onto), the content
/// drawn directly in the element belongs to nothing. So an element that will have children
/// or runs over a page break is *mixed*, and its text goes into `Span` children. Inside an
/// artifact nothing is tagged: nested structure elements are not opened.
struct PDFTagStack {
    /// The canvas drawn on.
    let canvas: PDFCanvas
    /// Whether to tag at all; when false every method only draws.
    let enabled: Bool
    /// The open elements, outermost first: whether each was opened in cairo (not inside
    /// an artifact) and whether its content goes into spans.
    private var open: [(structure: PDFStructure, opened: Bool, mixed: Bool)] = []
    /// The text alternative of each Figure opened, in order.
    private(set) var alternatives: [String] = []

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
        if case let .figure(alt) = structure { alternatives.append(alt) }
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
        try open(.span, mixed: false)
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
    /// the same page, it has a child element or an artifact (a fill or rule), or whether
    /// it does not end on this page.
    ///
    /// - Complexity: O(length of the element's ops).
    static func isMixed(_ ops: ArraySlice<PDFDrawOp>) -> Bool {
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
            case .text, .chart, .outline:
                break
            }
        }
        return true
    }
}
