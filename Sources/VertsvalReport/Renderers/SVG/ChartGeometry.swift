/// A chart laid out: its size in chart units and the shapes to draw, in painting order.
///
/// `ChartLayout` makes it; `SVGChart` writes it as SVG and the PDF renderer draws it with
/// cairo, so both media show the same picture.
struct ChartGeometry: Sendable, Hashable {
    /// The width in chart units.
    var width: Double
    /// The height in chart units.
    var height: Double
    /// The shapes, back to front.
    var shapes: [ChartShape]
}
