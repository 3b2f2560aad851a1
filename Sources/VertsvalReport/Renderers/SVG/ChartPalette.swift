/// The series colours of charts: the Okabe–Ito palette, which stays distinguishable for
/// the common forms of colour blindness.
///
/// Source: Okabe, M. and Ito, K. (2008), "Color Universal Design (CUD) – How to make
/// figures and presentations that are friendly to colorblind people". The order puts the
/// colours with the most contrast against white first; light colours (sky blue, yellow)
/// come last, and every bar also gets a dark outline so that its edge has at least 3:1
/// contrast against the page (WCAG 1.4.11) whatever its fill. Lines also differ by dash
/// pattern, so they can be told apart in greyscale print.
enum ChartPalette {
    /// Blue, vermillion, bluish green, reddish purple, orange, sky blue, yellow, black.
    static let series: [ReportColor] = [
        ReportColor(0x0072B2), ReportColor(0xD55E00), ReportColor(0x009E73), ReportColor(0xCC79A7),
        ReportColor(0xE69F00), ReportColor(0x56B4E9), ReportColor(0xF0E442), ReportColor(0x000000),
    ]

    /// Dash patterns for lines, in chart units (empty is solid).
    static let dashes: [[Double]] = [[], [7, 3], [2, 2.5], [9, 3, 2, 3], [4, 4], [1, 4]]

    /// The bar colour for positive values in a diverging chart with one series.
    static let positive = ReportColor(0x0072B2)
    /// The bar colour for negative values in a diverging chart with one series.
    static let negative = ReportColor(0xD55E00)

    /// The colour of series `index`, repeating after eight.
    static func color(_ index: Int) -> ReportColor {
        series[index % series.count]
    }

    /// The dash pattern of line series `index`; after the colours repeat, so do the
    /// patterns, but shifted, so no two of the first 24 series share both.
    static func dash(_ index: Int) -> [Double] {
        dashes[(index + index / series.count) % dashes.count]
    }
}
