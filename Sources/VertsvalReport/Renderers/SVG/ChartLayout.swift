import Vertsval

/// Lays out a `Chart` as shapes in chart units, once for every medium.
///
/// The layout is 560 units wide (the PDF scales it to the text width, HTML scales it to
/// the page). Text widths are estimated with `ChartTextMetrics`, so the geometry does not
/// depend on the medium and the SVG and PDF charts agree. Tick labels and the values
/// written on bars are the chart's raw values formatted with `NumberFormat`; the layout
/// computes no other number a reader sees.
///
/// - Complexity: O(categories × series + x values × series).
struct ChartLayout: Sendable {
    /// The width of every chart, in chart units.
    static let width = 560.0
    /// Category labels and legend text.
    static let labelSize = 11.0
    /// Tick labels and values on bars.
    static let tickSize = 10.0
    /// Line height as a multiple of the font size.
    static let leading = 1.3
    /// The widest a category label may be, as a share of the width.
    static let maxLabelShare = 0.4

    /// The chart laid out.
    let chart: Chart
    /// Formats tick labels and values.
    let numbers: NumberFormat

    /// Creates a layout for `chart` with numbers in `language`.
    init(_ chart: Chart, language: Language) {
        self.chart = chart
        self.numbers = NumberFormat(language)
    }

    /// The chart as shapes.
    func geometry() -> ChartGeometry {
        switch chart.kind {
        case .stackedBars: stackedBars()
        case .divergingBars: horizontalBars(diverging: true)
        case .groupedBars: horizontalBars(diverging: false)
        case .lines: lines()
        }
    }

    /// The baseline that centres one line of text of `size` on `center`.
    static func baseline(centeredOn center: Double, size: Double) -> Double {
        center + 0.36 * size
    }
}
