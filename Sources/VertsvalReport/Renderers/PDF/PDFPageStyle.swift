/// The page and type design of PDF reports: A4 portrait, 20 mm side margins, DejaVu Sans.
enum PDFPageStyle {
    /// A4 width in points.
    static let pageWidth = 595.276
    /// A4 height in points.
    static let pageHeight = 841.89
    /// The left and right margins (20 mm).
    static let sideMargin = 56.693
    /// The top of the running header.
    static let headerTop = 34.0
    /// The lowest point body content may reach.
    static let bodyBottom = pageHeight - 58
    /// The baseline region of the page footer: the top of its text.
    static let footerTop = pageHeight - 40
    /// The width of the text column.
    static let contentWidth = pageWidth - 2 * sideMargin
    /// The left edge of the text column.
    static let left = sideMargin

    /// Body text size.
    static let bodySize = 10.0
    /// Running header, footer and chart notes.
    static let smallSize = 8.0
    /// Table cells and captions.
    static let tableSize = 9.0
    /// Smaller table sizes tried, in order, when a wide table's words do not fit.
    static let tableFallbackSizes = [8.0, 7.0]
    /// The document title.
    static let titleSize = 20.0
    /// The line under the title.
    static let subtitleSize = 11.0

    /// The size of a heading of `level` (1 = section).
    static func headingSize(_ level: Int) -> Double {
        level <= 1 ? 14 : (level == 2 ? 11.5 : 10.5)
    }

    /// The share of the body height below which a page-break hint starts a new page.
    static let breakHintShare = 0.25
}
