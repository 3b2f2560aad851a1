/// A constraint of a ``LinearModel``: bounds on a linear combination of columns.
///
/// The activity `Σ coefficient × column value` must lie within ``bounds``.
public struct Row: Sendable, Hashable, Codable {
    /// One non-zero entry of a row: a column index (0-based) and its coefficient.
    public struct Term: Sendable, Hashable, Codable {
        /// The 0-based index of the column in ``LinearModel/columns``.
        public var column: Int
        /// The coefficient of that column in this row.
        public var coefficient: Double

        /// Creates a term.
        public init(column: Int, coefficient: Double) {
            self.column = column
            self.coefficient = coefficient
        }
    }

    /// The name used in exported files and error messages; see ``LinearModel`` for the rules.
    public var name: String
    /// The range the row's activity must lie in.
    public var bounds: Bounds
    /// The sparse coefficients; each column may appear at most once, and zeros are ignored.
    public var terms: [Term]

    /// Creates a row from its terms.
    public init(name: String, bounds: Bounds, terms: [Term]) {
        self.name = name
        self.bounds = bounds
        self.terms = terms
    }

    /// Creates a row from `(column index, coefficient)` pairs.
    ///
    /// ```swift
    /// let capacity = Row(name: "capacity", bounds: .atMost(10), coefficients: [(0, 2), (1, 3)])
    /// ```
    public init(name: String, bounds: Bounds, coefficients: [(column: Int, value: Double)]) {
        self.init(
            name: name, bounds: bounds, terms: coefficients.map { Term(column: $0.column, coefficient: $0.value) })
    }

    /// The row's activity for the given column values.
    ///
    /// - Precondition: every term's column index is a valid index of `values`.
    /// - Complexity: O(number of terms).
    public func activity(_ values: [Double]) -> Double {
        terms.reduce(0) { $0 + $1.coefficient * values[$1.column] }
    }
}
