/// The value matrix of an `SMAAProblem`, flattened for sampling: a base matrix plus lists
/// of the uncertain cells.
///
/// Cell `a · n + j` is alternative a on criterion j. The base holds each fixed value and
/// the low end of each uniform interval; a draw overwrites only the uncertain cells.
/// A uniform interval of width 0 or a discrete list of equal values counts as fixed and
/// consumes no random numbers.
struct ValueTables: Sendable {
    let alternatives: Int
    let criteria: Int
    private(set) var base: [Double] = []
    private(set) var uniformCell: [Int] = []
    private(set) var uniformLow: [Double] = []
    private(set) var uniformSpan: [Double] = []
    private(set) var discreteCell: [Int] = []
    private(set) var discreteStart: [Int] = []
    private(set) var discreteCount: [Int] = []
    private(set) var levels: [Double] = []

    /// Whether every cell is a proper uniform interval, in cell order.
    var isDenseUniform: Bool { discreteCell.isEmpty && uniformCell.count == base.count }

    /// Whether every value is certain.
    var isCertain: Bool { uniformCell.isEmpty && discreteCell.isEmpty }

    /// Flattens `values`, checked by `SMAAProblem.validate()`.
    init(_ values: [[ValueDistribution]], criteria: Int) {
        alternatives = values.count
        self.criteria = criteria
        base = [Double](repeating: 0, count: alternatives * criteria)
        for (a, row) in values.enumerated() {
            for (j, distribution) in row.enumerated() where j < criteria {
                let cell = a * criteria + j
                switch distribution {
                case let .fixed(value):
                    base[cell] = value
                case let .uniform(low, high):
                    base[cell] = low
                    if high > low {
                        uniformCell.append(cell)
                        uniformLow.append(low)
                        uniformSpan.append(high - low)
                    }
                case let .discrete(list):
                    base[cell] = list.first ?? 0
                    if list.contains(where: { $0 != list.first }) {
                        discreteCell.append(cell)
                        discreteStart.append(levels.count)
                        discreteCount.append(list.count)
                        levels += list
                    }
                }
            }
        }
    }
}
