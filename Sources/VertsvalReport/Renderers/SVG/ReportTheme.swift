/// The colours and font families shared by the HTML, SVG and PDF renderers.
///
/// Every text colour is chosen to reach WCAG AA (4.5:1) on every background it is used
/// on; `textPairs` lists those pairs so a test can check them.
enum ReportTheme {
    /// Body text.
    static let text = ReportColor(0x1A1A1A)
    /// Secondary text: captions, running header, footer, axis labels.
    static let muted = ReportColor(0x4D4D4D)
    /// Headings.
    static let heading = ReportColor(0x0B3A5C)
    /// The page.
    static let background = ReportColor(0xFFFFFF)
    /// Strong rules: under table headers, above footer rows, chart axes.
    static let rule = ReportColor(0x5F6B76)
    /// Light rules between table rows and chart grid lines.
    static let gridline = ReportColor(0xD5DBE1)
    /// The background of table header rows.
    static let tableHeaderFill = ReportColor(0xE4EBF1)
    /// The background of every second table body row.
    static let tableStripe = ReportColor(0xF4F6F8)
    /// The background of key figures.
    static let keyFigureFill = ReportColor(0xEEF3F8)
    /// The bar at the side of key figures and information notes.
    static let accent = ReportColor(0x0072B2)
    /// The background of important notes.
    static let importantFill = ReportColor(0xFDF0DC)
    /// The bar at the side of important notes.
    static let importantAccent = ReportColor(0xB84F00)
    /// The background of information notes.
    static let infoFill = ReportColor(0xE8F1F8)

    /// The font family for all text; DejaVu Sans covers æ, ø, å, «», − and U+00A0 and is
    /// embedded in the PDF.
    static let fontFamily = "DejaVu Sans"
    /// The CSS font stack, starting with the PDF's font.
    static let cssFontStack = "\"DejaVu Sans\", Verdana, \"Segoe UI\", Arial, sans-serif"

    /// Every (text, background) pair the renderers use.
    static let textPairs: [(text: ReportColor, background: ReportColor)] = [
        (text, background), (muted, background), (heading, background),
        (text, tableHeaderFill), (text, tableStripe), (muted, tableStripe),
        (text, keyFigureFill), (muted, keyFigureFill), (heading, keyFigureFill),
        (text, importantFill), (text, infoFill), (accent, background),
    ]
}
