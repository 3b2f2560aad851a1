/// The content of one PDF page, laid out before any page is drawn, so that the footer
/// can say how many pages there are.
struct PDFPage: Sendable, Hashable {
    /// What to draw, back to front.
    var ops: [PDFDrawOp] = []
}
