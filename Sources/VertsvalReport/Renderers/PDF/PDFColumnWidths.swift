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
        // Text is measured from a width table, pango sets it: a column exactly as wide as
        // its widest word may still break that word. Keep a margin where there is room.
        let sumMinimum = minimum.reduce(0, +)
        let minimum = sumMinimum * 1.1 <= available ? minimum.map { $0 * 1.1 } : minimum
        if sumMinimum <= available {
            // Short columns (natural width at most an equal share) keep their natural
            // width, so numbers and names stay on one line; the long columns share the rest
            // in proportion to their natural widths, each at least its widest word. This
            // gives a long rationale column most of the room instead of letting a
            // medium-length label column take it first.
            let fair = available / Double(natural.count)
            // Short columns get a little more than their measured width, for the same reason.
            let natural = natural.map { $0 * 1.05 }
            var widths = natural.indices.map { natural[$0] <= fair ? natural[$0] : minimum[$0] }
            var long = natural.indices.filter { natural[$0] > fair }
            while !long.isEmpty {
                let fixed = widths.indices.filter { !long.contains($0) }.reduce(0) { $0 + widths[$1] }
                let room = available - fixed
                let weight = long.reduce(0) { $0 + natural[$1] }
                var changed = false
                for index in long {
                    let share = room * natural[index] / weight
                    widths[index] = share
                    if share < minimum[index] {
                        widths[index] = minimum[index]
                        changed = true
                    } else if share > natural[index] {
                        widths[index] = natural[index]
                        changed = true
                    }
                }
                if !changed { break }
                // Columns pinned at their minimum or natural width leave the shared pool.
                long = long.filter { widths[$0] > minimum[$0] + 1e-9 && widths[$0] < natural[$0] - 1e-9 }
            }
            var total = widths.reduce(0, +)
            if total > available + 1e-6 {
                // Minimums raised some columns: take the excess from the slack above each
                // column's minimum, in proportion (the minimums fit, so the slack suffices).
                let slack = widths.indices.map { widths[$0] - minimum[$0] }
                let totalSlack = slack.reduce(0, +)
                let excess = total - available
                if totalSlack > 0 {
                    for index in widths.indices { widths[index] -= excess * slack[index] / totalSlack }
                }
                total = widths.reduce(0, +)
            }
            if total < available - 1e-6, let widest = widths.indices.max(by: { natural[$0] - widths[$0] < natural[$1] - widths[$1] }) {
                widths[widest] += available - total
            }
            return widths
        }
        return minimum.map { $0 * available / sumMinimum }
    }
}
