public import Vertsval

/// Writes a chart as an SVG image with a title and a text alternative.
///
/// The shapes come from `ChartLayout`, the same layout the PDF renderer draws, so a
/// chart looks alike in HTML and PDF. The output is deterministic: coordinates have at
/// most two decimals, and ids derive from the `id` you pass.
///
/// ```swift
/// let svg = SVGChart(chart, language: .nn).render(id: "chart-1")
/// ```
public struct SVGChart: Sendable {
    /// The chart drawn.
    public var chart: Chart
    /// The language of tick labels and values.
    public var language: Language

    /// Creates a writer for `chart` with numbers formatted for `language`.
    public init(_ chart: Chart, language: Language) {
        self.chart = chart
        self.language = language
    }

    /// The chart as an `<svg>` element.
    ///
    /// The element has `role="img"`, is labelled by its `<title>` (the chart's title) and
    /// described by its `<desc>` (the chart's alt text).
    ///
    /// - Parameters:
    ///   - id: A prefix for the ids of the title and description; must be unique in the
    ///     page the SVG is inlined in.
    ///   - standalone: Adds the SVG namespace, for an `.svg` file of its own. Inline SVG
    ///     in HTML does not need it.
    /// - Returns: The SVG markup, ending in a newline.
    public func render(id: String, standalone: Bool = false) -> String {
        let geometry = ChartLayout(chart, language: language).geometry()
        let n = XMLText.number
        let titleID = XMLText.escaped(id + "-title")
        let descID = XMLText.escaped(id + "-desc")
        var out = "<svg"
        if standalone { out += " xmlns=\"http://www.w3.org/2000/svg\"" }
        // A small margin keeps text at the layout's edges clear of the image border.
        let margin = 4.0
        let width = geometry.width + 2 * margin
        let height = geometry.height + 2 * margin
        out += " class=\"chart\" viewBox=\"\(n(-margin)) \(n(-margin)) \(n(width)) \(n(height))\""
        out += " width=\"\(n(width))\" height=\"\(n(height))\""
        out += " role=\"img\" aria-labelledby=\"\(titleID)\" aria-describedby=\"\(descID)\""
        out += " font-family=\"\(XMLText.escaped(ReportTheme.cssFontStack))\">\n"
        out += "<title id=\"\(titleID)\">\(XMLText.escaped(chart.title))</title>\n"
        out += "<desc id=\"\(descID)\">\(XMLText.escaped(chart.altText))</desc>\n"
        for shape in geometry.shapes {
            out += element(shape) + "\n"
        }
        return out + "</svg>\n"
    }

    /// One shape as an SVG element.
    func element(_ shape: ChartShape) -> String {
        let n = XMLText.number
        switch shape {
        case let .rect(x, y, width, height, fill, stroke):
            let outline = stroke.map { " stroke=\"\($0.hex)\" stroke-width=\"0.6\"" } ?? ""
            return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill.hex)\"\(outline)/>"
        case let .line(from, to, stroke, width, dash):
            return "<line x1=\"\(n(from.x))\" y1=\"\(n(from.y))\" x2=\"\(n(to.x))\" y2=\"\(n(to.y))\""
                + " stroke=\"\(stroke.hex)\" stroke-width=\"\(n(width))\"\(dashAttribute(dash))/>"
        case let .polyline(points, stroke, width, dash):
            let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
            return "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke.hex)\" stroke-width=\"\(n(width))\""
                + " stroke-linejoin=\"round\" stroke-linecap=\"round\"\(dashAttribute(dash))/>"
        case let .circle(center, radius, fill, stroke, width):
            return "<circle cx=\"\(n(center.x))\" cy=\"\(n(center.y))\" r=\"\(n(radius))\" fill=\"\(fill.hex)\""
                + " stroke=\"\(stroke.hex)\" stroke-width=\"\(n(width))\"/>"
        case let .text(label):
            var attributes = "x=\"\(n(label.x))\" y=\"\(n(label.y))\" font-size=\"\(n(label.size))\""
            if label.anchor != .start { attributes += " text-anchor=\"\(label.anchor.rawValue)\"" }
            if label.bold { attributes += " font-weight=\"bold\"" }
            attributes += " fill=\"\(label.color.hex)\""
            return "<text \(attributes)>\(XMLText.escaped(label.text))</text>"
        }
    }

    private func dashAttribute(_ dash: [Double]) -> String {
        dash.isEmpty ? "" : " stroke-dasharray=\"\(dash.map(XMLText.number).joined(separator: " "))\""
    }
}
