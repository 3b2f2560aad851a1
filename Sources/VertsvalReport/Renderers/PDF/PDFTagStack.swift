/// The structure elements open while the painter draws, and the cairo 1.16 calls that
/// keep every piece of content either in a structure element or an artifact.
///
/// cairo 1.16 opens a marked-content sequence for the innermost element when the element
/// begins and again at the top of every page, but not when a nested element ends: content
/// drawn after that would belong to nothing. So after a nested element (an artifact such
/// as a note's background, or the running header on a page a paragraph continues onto)
/// the element counts as *interrupted*, and its further text goes into a `Span` child.
/// Inside an artifact nothing is tagged: nested structure elements are not opened.
struct PDFTagStack {
    /// The canvas drawn on.
    let canvas: PDFCanvas
    /// Whether to tag at all; when false every method only draws.
    let enabled: Bool
    /// The open elements, outermost first: whether each was opened in cairo (not inside
    /// an artifact) and whether it has been interrupted since its content last began.
    private var open: [(structure: PDFStructure, opened: Bool, interrupted: Bool)] = []
    /// The text alternative of each Figure opened, in order.
    private(set) var alternatives: [String] = []

    /// Creates a stack; when `enabled`, opens the Document element.
    init(canvas: PDFCanvas, enabled: Bool) throws {
        self.canvas = canvas
        self.enabled = enabled
        if enabled { try open(.document) }
    }

    /// Whether an artifact is open.
    private var inArtifact: Bool { open.contains { $0.structure == .artifact } }

    /// Opens `structure` (only recorded inside an artifact).
    mutating func open(_ structure: PDFStructure) throws {
        guard enabled else { return }
        if inArtifact {
            open.append((structure, false, false))
            return
        }
        if case let .figure(alt) = structure { alternatives.append(alt) }
        try canvas.beginTag(structure.tag)
        open.append((structure, true, false))
    }

    /// Closes the element opened last.
    mutating func close() throws {
        guard enabled, let last = open.popLast() else { return }
        guard last.opened else { return }
        try canvas.endTag(last.structure.tag)
        if !open.isEmpty { open[open.count - 1].interrupted = true }
    }

    /// Draws `body` as an artifact.
    mutating func artifact(_ body: () throws -> Void) throws {
        try open(.artifact)
        try body()
        try close()
    }

    /// Draws `body` as content of the innermost element, in a `Span` when that element
    /// has been interrupted.
    mutating func content(_ body: () throws -> Void) throws {
        guard enabled, let last = open.last, last.opened, last.interrupted, last.structure != .artifact else {
            try body()
            return
        }
        try open(.span)
        try body()
        try close()
    }

    /// A new page has begun: cairo has opened the innermost element's content again.
    mutating func pageBegan() {
        if !open.isEmpty { open[open.count - 1].interrupted = false }
    }

    /// Closes the Document element; every other element must be closed already.
    mutating func finish() throws {
        guard enabled else { return }
        precondition(open.count == 1 && open.first?.structure == .document, "the paginator left structure elements open: \(open.map(\.structure))")
        try close()
    }
}
