package import GLPK

/// An assignment problem in the compact form the scaled solve works on: one choice of column
/// per service, and every rule row as a sparse linear row with lower and upper bounds.
///
/// Built from the rows a caller also gives GLPK, so a heuristic solution that keeps these
/// rows keeps exactly the rows GLPK is given. The objective is maximised.
package struct ScaleProblem: Sendable {
    /// The model columns each service can choose, in model order.
    let options: [[Int]]
    /// The service of each column.
    let serviceOfColumn: [Int]
    /// The municipality (index into `municipalities`) of each column.
    let municipalityOfColumn: [Int]
    /// The municipality ids, in order of first appearance among the columns.
    let municipalities: [String]
    /// `columnAt[s * municipalities.count + m]`: the column of service `s` at municipality
    /// `m`, or −1.
    let columnAt: [Int32]
    /// The objective coefficient of each column.
    let profit: [Double]
    /// The rule rows' lower bounds (−∞ for none).
    var rowLower: [Double]
    /// The rule rows' upper bounds (+∞ for none).
    var rowUpper: [Double]
    /// For each column, the range of `entryRow` / `entryValue` holding its rule-row terms.
    let columnStart: [Int]
    /// The rule row of each column term.
    let entryRow: [Int]
    /// The coefficient of each column term.
    let entryValue: [Double]
    /// The terms of each rule row.
    let rowTerms: [[(column: Int, value: Double)]]
    /// Whether every objective coefficient is an integer, so that an improvement is worth
    /// at least 1 and a bound within 1 of the incumbent proves it optimal.
    let integralObjective: Bool
    /// For a restricted problem, the column of the problem it was restricted from, per
    /// column; empty for a problem built from a model.
    let originalColumn: [Int]

    /// The number of services.
    var serviceCount: Int { options.count }
    /// The number of columns.
    var columnCount: Int { profit.count }
    /// The number of rule rows.
    var rowCount: Int { rowLower.count }

    /// The smallest objective improvement that counts: 1 − 1e-6 for an integral objective,
    /// else a relative 1e-9.
    func improvementStep(at objective: Double) -> Double {
        integralObjective ? 1 - 1e-6 : 1e-9 * max(1, Swift.abs(objective))
    }

    /// A proven upper bound made as tight as integrality allows: with an integral objective
    /// every assignment's objective is an integer, so the bound rounds down (after a
    /// tolerance of 1e-6, relative above 1, so that floating-point error in the bound can
    /// never cut off the optimum). Unchanged otherwise.
    func rounded(bound: Double) -> Double {
        guard integralObjective, bound.isFinite else { return bound }
        return (bound + 1e-6 * max(1, Swift.abs(bound))).rounded(.down)
    }

    /// Builds the compact form of an assignment problem given as data.
    ///
    /// - Parameters:
    ///   - columnsOfService: the columns each service can choose, in column order; every
    ///     column belongs to exactly one service.
    ///   - municipalityOfColumn: the municipality id of each column.
    ///   - profit: the objective coefficient of each column (maximised).
    ///   - rules: the rule rows: their terms and bounds (the "one column per service" rows
    ///     are implied by `columnsOfService` and not given).
    /// - Complexity: O(columns + non-zeros).
    package init(
        columnsOfService: [[Int]], municipalityOfColumn ids: [String], profit: [Double],
        rules: [(terms: [(column: Int, value: Double)], bounds: Bounds)]
    ) {
        precondition(ids.count == profit.count, "one municipality and one profit per column")
        let columnCount = profit.count
        options = columnsOfService
        var serviceOfColumn = [Int](repeating: 0, count: columnCount)
        for (s, columns) in columnsOfService.enumerated() {
            for j in columns { serviceOfColumn[j] = s }
        }
        self.serviceOfColumn = serviceOfColumn
        var municipalityIndex: [String: Int] = [:]
        var municipalities: [String] = []
        var municipalityOfColumn: [Int] = []
        for id in ids {
            if let m = municipalityIndex[id] {
                municipalityOfColumn.append(m)
            } else {
                municipalityIndex[id] = municipalities.count
                municipalityOfColumn.append(municipalities.count)
                municipalities.append(id)
            }
        }
        self.municipalities = municipalities
        self.municipalityOfColumn = municipalityOfColumn
        var columnAt = [Int32](repeating: -1, count: columnsOfService.count * municipalities.count)
        for (j, m) in municipalityOfColumn.enumerated() {
            columnAt[serviceOfColumn[j] * municipalities.count + m] = Int32(j)
        }
        self.columnAt = columnAt
        self.profit = profit
        integralObjective = profit.allSatisfy { Swift.abs($0 - $0.rounded()) < 1e-9 }
        var lower: [Double] = []
        var upper: [Double] = []
        var terms: [[(column: Int, value: Double)]] = []
        var perColumn = [[(row: Int, value: Double)]](repeating: [], count: columnCount)
        for row in rules {
            let r = terms.count
            lower.append(row.bounds.lower)
            upper.append(row.bounds.upper)
            terms.append(row.terms)
            for term in row.terms { perColumn[term.column].append((r, term.value)) }
        }
        rowLower = lower
        rowUpper = upper
        rowTerms = terms
        var start = [0]
        var entryRow: [Int] = []
        var entryValue: [Double] = []
        for list in perColumn {
            for entry in list {
                entryRow.append(entry.row)
                entryValue.append(entry.value)
            }
            start.append(entryRow.count)
        }
        columnStart = start
        self.entryRow = entryRow
        self.entryValue = entryValue
        originalColumn = []
    }

    /// This problem with other bounds on some rule rows (`.free` leaves a row without
    /// bounds): the same columns and rows in the same order, for a re-solve that starts from
    /// this problem's optimum (``ScaledSolve/resolve(_:linearModel:options:from:dual:)``).
    ///
    /// - Complexity: O(rows) for the copy of the bounds.
    package func withBounds(_ bounds: [(row: Int, bounds: Bounds)]) -> ScaleProblem {
        var copy = self
        for (r, new) in bounds where rowLower.indices.contains(r) {
            copy.rowLower[r] = new.lower
            copy.rowUpper[r] = new.upper
        }
        return copy
    }

    /// How far `activity` lies outside row `r`'s bounds (0 inside, with a small tolerance).
    @inline(__always)
    func violation(ofRow r: Int, at activity: Double) -> Double {
        let lower = rowLower[r]
        let upper = rowUpper[r]
        if activity < lower - 1e-7 * max(1, Swift.abs(lower)) { return lower - activity }
        if activity > upper + 1e-7 * max(1, Swift.abs(upper)) { return activity - upper }
        return 0
    }

    /// Row `r`'s bounds for the columns left free when `load` of its activity is already
    /// fixed (bounds shifted by `load`), or nil when the row has no bound at all.
    func bounds(ofRow r: Int, less load: Double) -> Bounds? {
        let lower = rowLower[r] - load
        let upper = rowUpper[r] - load
        switch (lower.isFinite, upper.isFinite) {
        case (true, true): return lower < upper ? .between(lower, upper) : .fixed(lower)
        case (true, false): return .atLeast(lower)
        case (false, true): return .atMost(upper)
        case (false, false): return nil
        }
    }

    /// The column of service `s` at municipality `m`, if it is eligible there.
    @inline(__always)
    func column(_ s: Int, at m: Int) -> Int? {
        let j = columnAt[s * municipalities.count + m]
        return j < 0 ? nil : Int(j)
    }

    /// The 0/1 column values of an assignment (one column per service).
    func columnValues(_ hosts: [Int]) -> [Double] {
        var values = [Double](repeating: 0, count: columnCount)
        for j in hosts { values[j] = 1 }
        return values
    }

    /// The objective of an assignment.
    func objective(_ hosts: [Int]) -> Double {
        hosts.reduce(0) { $0 + profit[$1] }
    }

    /// Whether an assignment (one column per service, from its options) keeps every rule row.
    ///
    /// - Complexity: O(services + non-zeros).
    func isFeasible(_ hosts: [Int]) -> Bool {
        guard hosts.count == serviceCount else { return false }
        var activity = [Double](repeating: 0, count: rowCount)
        for (s, j) in hosts.enumerated() {
            guard j >= 0, j < columnCount, serviceOfColumn[j] == s else { return false }
            for e in columnStart[j]..<columnStart[j + 1] { activity[entryRow[e]] += entryValue[e] }
        }
        return activity.indices.allSatisfy { violation(ofRow: $0, at: activity[$0]) == 0 }
    }
}
