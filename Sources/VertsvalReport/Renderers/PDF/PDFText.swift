/// A piece of text for the PDF, with everything pango needs to lay it out.
///
/// The same value is measured while paginating and laid out again while drawing, so the
/// two passes always agree on where lines break.
struct PDFText: Sendable, Hashable {
    /// A stretch of text with its own weight.
    struct Run: Sendable, Hashable {
        /// The text.
        var text: String
        /// Whether it is bold.
        var bold: Bool = false
    }

    /// How lines sit within `width`.
    enum Alignment: Sendable, Hashable {
        case left, center, right
    }

    /// The runs, in order.
    var runs: [Run]
    /// The font size in points.
    var size: Double
    /// The colour.
    var color: ReportColor = ReportTheme.text
    /// The width lines wrap at, in points; nil for no wrapping.
    var width: Double?
    /// How lines are aligned within `width`.
    var alignment: Alignment = .left
    /// Extra space between lines, as a share of the font size.
    var spacing: Double = 0.25
    /// Whether to cut a line that is too long with "…" instead of wrapping (one line only).
    var ellipsize: Bool = false

    /// Text of one weight.
    init(_ text: String, size: Double, bold: Bool = false, color: ReportColor = ReportTheme.text, width: Double?, alignment: Alignment = .left) {
        self.runs = [Run(text: text, bold: bold)]
        self.size = size
        self.color = color
        self.width = width
        self.alignment = alignment
    }

    /// Text made of runs.
    init(runs: [Run], size: Double, color: ReportColor = ReportTheme.text, width: Double?) {
        self.runs = runs
        self.size = size
        self.color = color
        self.width = width
    }

    /// All runs joined.
    var string: String { runs.map(\.text).joined() }
}
