extension LinearModel {
    /// Checks that GLPK can take the model as it is, without aborting or silently changing it.
    ///
    /// Rejected: a term whose column index is out of range; a column listed twice in one row;
    /// NaN or infinite coefficients, objective coefficients or objective constant; NaN bounds,
    /// `+∞` as a lower or `-∞` as an upper bound, a lower bound above the upper bound;
    /// fractional bounds on an integer column, binary bounds outside `[0, 1]`; and names that
    /// break the rules in ``LinearModel``. The first problem found is thrown.
    ///
    /// - Throws: ``GLPKError`` describing the first problem.
    /// - Complexity: O(columns + rows + non-zeros), expected.
    public func validate() throws(GLPKError) {
        if !name.isEmpty { try Self.checkName(name, of: .model) }
        guard objectiveConstant.isFinite else { throw .nonFiniteObjectiveConstant(value: objectiveConstant) }
        var columnNames: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            try Self.checkColumn(column, at: index)
            if let first = columnNames.updateValue(index, forKey: column.name) {
                throw .duplicateName(.column(index, name: column.name), firstIndex: first)
            }
        }
        var rowNames: [String: Int] = [:]
        for (index, row) in rows.enumerated() {
            try checkRow(row, at: index)
            if let first = rowNames.updateValue(index, forKey: row.name) {
                throw .duplicateName(.row(index, name: row.name), firstIndex: first)
            }
        }
    }

    /// Checks one column: name syntax, objective coefficient and bounds.
    static func checkColumn(_ column: Column, at index: Int) throws(GLPKError) {
        let element = ModelElement.column(index, name: column.name)
        try checkName(column.name, of: element)
        guard column.objectiveCoefficient.isFinite else {
            throw .nonFiniteObjectiveCoefficient(element, value: column.objectiveCoefficient)
        }
        try checkBounds(column.bounds, of: element, kind: column.kind)
    }

    /// Checks one row against this model's columns: name syntax, bounds and terms.
    ///
    /// - Complexity: O(terms of the row), expected.
    func checkRow(_ row: Row, at index: Int) throws(GLPKError) {
        let element = ModelElement.row(index, name: row.name)
        try Self.checkName(row.name, of: element)
        guard row.name != Self.reservedRowName else { throw .invalidName(element, problem: .reserved) }
        try Self.checkBounds(row.bounds, of: element, kind: nil)
        var seen = Set<Int>(minimumCapacity: row.terms.count)
        for term in row.terms {
            guard columns.indices.contains(term.column) else {
                throw .columnIndexOutOfRange(element, column: term.column, columnCount: columns.count)
            }
            guard seen.insert(term.column).inserted else {
                throw .duplicateCoefficient(element, column: term.column)
            }
            guard term.coefficient.isFinite else {
                throw .nonFiniteCoefficient(element, column: term.column, value: term.coefficient)
            }
        }
    }

    /// Checks bounds for a row (`kind == nil`) or a column of the given kind.
    static func checkBounds(_ bounds: Bounds, of element: ModelElement, kind: Column.Kind?) throws(GLPKError) {
        let lower = bounds.lower
        let upper = bounds.upper
        guard !lower.isNaN, !upper.isNaN else { throw .invalidBounds(element, bounds, problem: .notANumber) }
        guard lower != .infinity else { throw .invalidBounds(element, bounds, problem: .infiniteLower) }
        guard upper != -.infinity else { throw .invalidBounds(element, bounds, problem: .infiniteUpper) }
        guard lower <= upper else { throw .invalidBounds(element, bounds, problem: .lowerAboveUpper) }
        guard let kind, kind != .continuous else { return }
        for value in [lower, upper] where value.isFinite && value != value.rounded() {
            throw .invalidBounds(element, bounds, problem: .fractionalForInteger)
        }
        if kind == .binary, !(lower >= 0 && upper <= 1) {
            throw .invalidBounds(element, bounds, problem: .outsideUnitIntervalForBinary)
        }
    }

    /// Checks a 0-based row index against the current rows.
    func checkRowIndex(_ index: Int) throws(GLPKError) {
        guard rows.indices.contains(index) else { throw .rowIndexOutOfRange(row: index, rowCount: rows.count) }
    }

    /// Checks a 0-based column index against the current columns.
    func checkColumnIndex(_ index: Int) throws(GLPKError) {
        guard columns.indices.contains(index) else {
            throw .columnIndexOutOfRange(nil, column: index, columnCount: columns.count)
        }
    }
}
