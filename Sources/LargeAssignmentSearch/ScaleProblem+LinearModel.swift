import GLPK

extension ScaleProblem {
    /// The GLPK model of this problem: a binary per column with its profit, "exactly one
    /// column" per service, and every rule row with its bounds: the caller's own model up to
    /// names and row order; for a restricted problem, the model on the kept columns.
    func linearModel(name: String = "scaled") -> LinearModel {
        var model = LinearModel(name: name, objective: .maximize)
        for j in 0..<columnCount {
            model.addColumn(Column(name: "x\(j)", kind: .binary, bounds: .between(0, 1), objectiveCoefficient: profit[j]))
        }
        for (s, columns) in options.enumerated() {
            model.addRow(Row(name: "assign\(s)", bounds: .fixed(1), coefficients: columns.map { ($0, 1.0) }))
        }
        for r in 0..<rowCount {
            guard let bounds = bounds(ofRow: r, less: 0) else { continue }
            model.addRow(Row(name: "rule\(r)", bounds: bounds, coefficients: rowTerms[r].map { ($0.column, $0.value) }))
        }
        return model
    }

    /// The host column per service in a solution's column values (the largest value).
    func hosts(in values: [Double]) -> [Int] {
        options.map { columns in columns.max { values[$0] < values[$1] } ?? 0 }
    }
}
