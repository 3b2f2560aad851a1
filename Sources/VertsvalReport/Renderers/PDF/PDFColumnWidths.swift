/// Shares the text width among a table's columns from the width their content needs.
///
/// Each column has a natural width (its widest cell on one line) and a minimum width
/// (its widest word). When every column fits at its natural width, the spare width goes
/// to the text (leading) columns, so numbers stay close to their neighbours; when not,
/// each column starts at its minimum and all are widened by equal steps, each stopping at
/// its natural width, so short columns stay on one line and long text columns wrap. When even the minimums do not fit, all are scaled down and
/// cells break inside words; the caller tries a smaller font first.
enum PDFColumnWidths {
    /// The widths, which add up to `available`.
    ///
    /// - Parameters:
    ///   - natural: The width each column needs on one line, padding included.
    ///   - minimum: The width of each column's widest word, padding included.
    ///   - leading: Which columns hold text rather than numbers.
    ///   - available: The width to fill.
    /// - Complexity: O(columns).
    static func allocate(natural: [Double], minimum: [Double], leading: [Bool], available: Double) -> [Double] {
        precondition(natural.count == minimum.count && natural.count == leading.count, "one entry per column")
        guard !natural.isEmpty else { return [] }
        let natural = zip(natural, minimum).map { max($0, $1, 1) }
        let sumNatural = natural.reduce(0, +)
        if sumNatural <= available {
            let spare = available - sumNatural
            let weights = leading.contains(true) ? zip(natural, leading).map { $1 ? $0 : 0 } : natural
            let total = weights.reduce(0, +)
            return zip(natural, weights).map { $0 + spare * $1 / total }
        }
        let sumMinimum = minimum.reduce(0, +)
        if sumMinimum <= available {
            // Water-filling: raise every column still below its natural width by the same
            // amount, so narrow columns reach their natural width first and the long text
            // columns share what is left.
            var widths = minimum
            var spare = available - sumMinimum
            while spare > 1e-6 {
                let open = widths.indices.filter { widths[$0] < natural[$0] - 1e-9 }
                guard let smallest = open.map({ natural[$0] - widths[$0] }).min() else { break }
                let step = min(spare / Double(open.count), smallest)
                for index in open { widths[index] += step }
                spare -= step * Double(open.count)
            }
            return widths
        }
        return minimum.map { $0 * available / sumMinimum }
    }
}
