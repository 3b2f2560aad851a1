import Vertsval

/// What the archive finishing step (`PDFArchive`) writes into structure elements that
/// cairo 1.16 cannot give attributes: recorded by `PDFTagStack` while drawing, in the
/// order the elements were opened, which is their order in the structure tree.
struct PDFStructureAttributes: Sendable, Equatable {
    /// The text alternative of each Figure.
    var figureAlternatives: [String] = []
    /// The language of each Span: nil for text in the document's language, else the
    /// language of the passage it holds (its `/Lang`).
    var spanLanguages: [Language?] = []
}
