import GLPK

/// Small models with known answers, shared by the test suites.
enum TestModels {
    /// The LP example of Vanderbei's *Linear Programming: Foundations and Extensions*.
    ///
    /// Vanderbei (5th ed., 2020), §2.1, the same example as Chvátal, *Linear Programming* (1983), chapter 2:
    /// maximise 5x1 + 4x2 + 3x3 subject to 2x1 + 3x2 + x3 ≤ 5, 4x1 + x2 + 2x3 ≤ 11,
    /// 3x1 + 4x2 + 2x3 ≤ 8, x ≥ 0. Optimum 13 at x = (2, 0, 1); dual y = (1, 0, 1).
    static var vanderbei: LinearModel {
        LinearModel(
            name: "vanderbei_2_1",
            objective: .maximize,
            columns: [
                Column(name: "x1", objectiveCoefficient: 5),
                Column(name: "x2", objectiveCoefficient: 4),
                Column(name: "x3", objectiveCoefficient: 3),
            ],
            rows: [
                Row(name: "c1", bounds: .atMost(5), coefficients: [(0, 2), (1, 3), (2, 1)]),
                Row(name: "c2", bounds: .atMost(11), coefficients: [(0, 4), (1, 1), (2, 2)]),
                Row(name: "c3", bounds: .atMost(8), coefficients: [(0, 3), (1, 4), (2, 2)]),
            ])
    }

    static let knapsackValues: [Double] = [23, 31, 29, 44, 53, 38, 63, 85, 89, 82, 17, 41]
    static let knapsackWeights: [Double] = [92, 57, 49, 68, 60, 43, 67, 84, 87, 72, 35, 51]
    static let knapsackCapacity: Double = 400

    /// A 0–1 knapsack: maximise value subject to total weight ≤ capacity.
    static var knapsack: LinearModel {
        var model = LinearModel(name: "knapsack", objective: .maximize)
        for (index, value) in knapsackValues.enumerated() {
            model.addColumn(.binary(name: "take_\(index)", objectiveCoefficient: value))
        }
        model.addRow(
            Row(
                name: "capacity", bounds: .atMost(knapsackCapacity),
                coefficients: knapsackWeights.enumerated().map { ($0.offset, $0.element) }))
        return model
    }

    /// All feasible knapsack selections with their values, best first, by brute force over
    /// the 2^n subsets.
    static func knapsackRanking(
        values: [Double] = knapsackValues, capacity: Double = knapsackCapacity
    ) -> [(value: Double, items: Set<Int>)] {
        let count = knapsackWeights.count
        var feasible: [(value: Double, items: Set<Int>)] = []
        for mask in 0..<(1 << count) {
            let items = (0..<count).filter { mask & (1 << $0) != 0 }
            if items.reduce(0, { $0 + knapsackWeights[$1] }) <= capacity {
                feasible.append((items.reduce(0) { $0 + values[$1] }, Set(items)))
            }
        }
        return feasible.sorted { $0.value > $1.value }
    }

    /// The items a 0–1 solution takes.
    static func chosen(_ values: [Double]) -> Set<Int> {
        Set(values.indices.filter { values[$0] > 0.5 })
    }

    /// Jeroslow's problem, which plain branch-and-bound needs exponentially many nodes to prove infeasible.
    ///
    /// 2(x1 + … + xn) = n with n odd has no integer solution. With
    /// `withEscape`, a penalised integer column `escape` in [0, 1] makes it feasible (escape = 1)
    /// while proving optimality stays just as hard.
    static func jeroslow(_ n: Int, withEscape: Bool) -> LinearModel {
        var model = LinearModel(name: "jeroslow", objective: .minimize)
        for index in 0..<n { model.addColumn(.binary(name: "x\(index)", objectiveCoefficient: 0)) }
        var terms = (0..<n).map { Row.Term(column: $0, coefficient: 2) }
        if withEscape {
            let escape = model.addColumn(
                Column(name: "escape", kind: .integer, bounds: .between(0, 1), objectiveCoefficient: 1))
            terms.append(Row.Term(column: escape, coefficient: 1))
        }
        model.addRow(Row(name: "parity", bounds: .fixed(Double(n)), terms: terms))
        return model
    }

    /// 2x + 2y = 3 with x, y integer in [0, 5]: the LP relaxation is feasible, no integer point is.
    static var integerInfeasible: LinearModel {
        LinearModel(
            columns: [
                Column(name: "x", kind: .integer, bounds: .between(0, 5), objectiveCoefficient: 1),
                Column(name: "y", kind: .integer, bounds: .between(0, 5), objectiveCoefficient: 1),
            ],
            rows: [Row(name: "odd", bounds: .fixed(3), coefficients: [(0, 2), (1, 2)])])
    }

    /// x + y ≥ 5 and x + y ≤ 3 with x, y integer: even the LP relaxation is infeasible.
    static var relaxationInfeasible: LinearModel {
        LinearModel(
            columns: [
                Column(name: "x", kind: .integer, bounds: .between(0, 10), objectiveCoefficient: 1),
                Column(name: "y", kind: .integer, bounds: .between(0, 10), objectiveCoefficient: 1),
            ],
            rows: [
                Row(name: "low", bounds: .atLeast(5), coefficients: [(0, 1), (1, 1)]),
                Row(name: "high", bounds: .atMost(3), coefficients: [(0, 1), (1, 1)]),
            ])
    }

    /// Maximise x subject to x − y ≤ 1, x, y ≥ 0: unbounded along x = y + 1.
    static func unbounded(integer: Bool) -> LinearModel {
        let kind: Column.Kind = integer ? .integer : .continuous
        return LinearModel(
            objective: .maximize,
            columns: [Column(name: "x", kind: kind, objectiveCoefficient: 1), Column(name: "y", kind: kind)],
            rows: [Row(name: "gap", bounds: .atMost(1), coefficients: [(0, 1), (1, -1)])])
    }
}
