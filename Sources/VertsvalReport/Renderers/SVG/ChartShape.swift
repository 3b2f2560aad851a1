/// A drawing primitive of a chart, in chart units; SVG and cairo draw the same list.
enum ChartShape: Sendable, Hashable {
    /// A filled rectangle, optionally outlined.
    case rect(x: Double, y: Double, width: Double, height: Double, fill: ReportColor, stroke: ReportColor?)
    /// A straight line; an empty dash pattern is solid.
    case line(from: ChartPoint, to: ChartPoint, stroke: ReportColor, width: Double, dash: [Double])
    /// An open path through points.
    case polyline([ChartPoint], stroke: ReportColor, width: Double, dash: [Double])
    /// A filled and outlined circle.
    case circle(center: ChartPoint, radius: Double, fill: ReportColor, stroke: ReportColor, width: Double)
    /// One line of text.
    case text(ChartLabel)
}
