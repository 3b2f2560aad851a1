/// A point in chart units (origin top left, y down).
struct ChartPoint: Sendable, Hashable {
    /// The horizontal position.
    var x: Double
    /// The vertical position.
    var y: Double
}
