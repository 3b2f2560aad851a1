/// One thing to draw on a page, positioned by the paginator in points (origin top left).
enum PDFDrawOp: Sendable, Hashable {
    /// Lines `lines` of a text, the top of the first at (`x`, `y`).
    case text(PDFText, lines: Range<Int>, x: Double, y: Double)
    /// A filled rectangle.
    case fill(x: Double, y: Double, width: Double, height: Double, color: ReportColor)
    /// A straight rule.
    case rule(x1: Double, y1: Double, x2: Double, y2: Double, color: ReportColor, width: Double)
    /// A chart's shapes, scaled by `scale` from chart units, with its top left at (`x`, `y`).
    case chart(ChartGeometry, x: Double, y: Double, scale: Double)
    /// An outline (bookmark) entry for a heading of `level` at `y`.
    case outline(title: String, level: Int, y: Double)
    /// Opens a structure element: what is drawn until the matching `end` belongs to it
    /// (possibly on later pages).
    case begin(PDFStructure)
    /// Closes the structure element opened last.
    case end
}
