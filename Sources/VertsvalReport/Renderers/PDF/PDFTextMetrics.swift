/// The measured size of a `PDFText` and the position of each of its lines, in points
/// relative to the top left of the text.
struct PDFTextMetrics: Sendable, Hashable {
    /// One laid-out line.
    struct Line: Sendable, Hashable {
        /// The top of the line box.
        var top: Double
        /// The bottom of the line box.
        var bottom: Double
        /// The baseline.
        var baseline: Double
        /// The left end of the line (non-zero when centred or right-aligned).
        var x: Double
    }

    /// The width of the widest line.
    var width: Double
    /// The height of all lines.
    var height: Double
    /// The lines, top to bottom.
    var lines: [Line]

    /// The height of lines `range`, from the top of the first to the bottom of the last.
    func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last, lines.indices.contains(first), lines.indices.contains(last) else { return 0 }
        return lines[last].bottom - lines[first].top
    }
}
