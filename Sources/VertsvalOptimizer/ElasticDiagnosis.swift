internal import GLPK
internal import Vertsval

extension AssignmentOptimizer {
    /// Names the rules that cannot all hold and the least change that makes them feasible.
    ///
    /// The elastic model gives every rule row slack columns (one per side it can be
    /// violated on) and minimises the total slack, keeping "one host per service" and the
    /// decided hosts hard. Rules with slack in its optimum must give; the slack is by how
    /// much.
    static func diagnose(_ model: AssignmentModel, options: SolveOptions) throws(GLPKError) -> [Conflict] {
        var elastic = model.linearModel(leavingOut: Set(model.rules))
        elastic.objective = .minimize
        for j in elastic.columns.indices { elastic.columns[j].objectiveCoefficient = 0 }
        var slackOwner: [Int: Rule] = [:]
        for (index, row) in model.ruleRows.enumerated() {
            var terms = row.terms
            func slack(_ sign: Double, _ side: String) {
                let column = elastic.addColumn(
                    Column(name: "slack_\(side)_\(index)", kind: .continuous, bounds: .atLeast(0), objectiveCoefficient: 1))
                terms.append((column, sign))
                slackOwner[column] = row.rule
            }
            switch row.bounds {
            case .atLeast: slack(1, "lo")
            case .atMost: slack(-1, "up")
            default:
                slack(1, "lo")
                slack(-1, "up")
            }
            elastic.addRow(Row(name: row.name, bounds: row.bounds, coefficients: terms))
        }
        let solution = try Solver.solve(elastic, options: options)
        guard solution.hasFeasiblePoint else { return [] }
        var shortfall: [Rule: Double] = [:]
        for column in slackOwner.keys.sorted() where solution.columnValues[column] > 1e-7 {
            guard let rule = slackOwner[column] else { continue }
            shortfall[rule, default: 0] += solution.columnValues[column]
        }
        return shortfall.keys.sorted().map { Conflict(rule: $0, shortfall: shortfall[$0] ?? 0) }
    }
}
