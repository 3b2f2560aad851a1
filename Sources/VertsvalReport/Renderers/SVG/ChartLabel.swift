/// One line of text in a chart, placed by its baseline.
struct ChartLabel: Sendable, Hashable {
    /// Where the text sits relative to `x`.
    enum Anchor: String, Sendable, Hashable {
        /// `x` is the left end.
        case start
        /// `x` is the centre.
        case middle
        /// `x` is the right end.
        case end
    }

    /// The text, on one line.
    var text: String
    /// The anchor position.
    var x: Double
    /// The baseline.
    var y: Double
    /// The font size in chart units.
    var size: Double
    /// Whether the text is bold.
    var bold: Bool = false
    /// How the text is anchored at `x`.
    var anchor: Anchor = .start
    /// The text colour.
    var color: ReportColor = ReportTheme.text
}
