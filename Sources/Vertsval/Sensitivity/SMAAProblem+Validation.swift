extension SMAAProblem {
    /// Checks the dimensions, the value table and the weight model.
    ///
    /// `SMAA.run` does the same checks; call this to report problems before a run.
    ///
    /// - Throws: `SMAAError` describing the first problem found: dimensions below 1, a value
    ///   table of the wrong shape, a value that is not finite, an interval with low > high,
    ///   an empty discrete list, or a bad weight model (see `WeightSampler.init`).
    public func validate() throws(SMAAError) {
        try validateValues()
        _ = try WeightSampler(weights, criteria: criteria)
    }

    /// The checks of `validate()` except the weight model.
    func validateValues() throws(SMAAError) {
        guard alternatives >= 1, criteria >= 1 else { throw .emptyProblem(alternatives: alternatives, criteria: criteria) }
        guard values.count == alternatives else { throw .valueRowCount(expected: alternatives, found: values.count) }
        for (a, row) in values.enumerated() {
            guard row.count == criteria else { throw .valueColumnCount(alternative: a, expected: criteria, found: row.count) }
            for (j, distribution) in row.enumerated() where !distribution.isValid {
                throw .invalidValue(alternative: a, criterion: j, distribution)
            }
        }
    }
}

extension ValueDistribution {
    /// The largest magnitude a value may have, 10¹⁵: far beyond the 0–100 scale, and small
    /// enough that no weighted sum can overflow.
    public static let maximumMagnitude = 1e15

    /// Finite numbers within ±`maximumMagnitude`, low ≤ high, at least one discrete value.
    var isValid: Bool {
        func ok(_ x: Double) -> Bool { x.isFinite && abs(x) <= Self.maximumMagnitude }
        switch self {
        case let .fixed(value): return ok(value)
        case let .uniform(low, high): return ok(low) && ok(high) && low <= high
        case let .discrete(values): return !values.isEmpty && values.allSatisfy(ok)
        }
    }
}
