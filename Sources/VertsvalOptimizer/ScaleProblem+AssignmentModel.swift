package import GLPK
package import LargeAssignmentSearch
internal import Vertsval

extension ScaleProblem {
    /// The compact form of `model`: its columns, objective coefficients and rule rows, so
    /// that a heuristic solution that keeps these rows keeps exactly the rows GLPK is given.
    ///
    /// - Complexity: O(columns + non-zeros).
    package init(_ model: AssignmentModel) {
        self.init(
            columnsOfService: model.columnsOfService, municipalityOfColumn: model.pairs.map(\.municipality.rawValue),
            profit: model.pairs.indices.map { model.objectiveCoefficient($0) }, rules: model.ruleRows.map { ($0.terms, $0.bounds) })
    }

    /// This problem (built from `model`) with the rows of the rules `leavingOut` kept but
    /// without bounds, and those of `relaxing` moved outward by the given amount: the same
    /// columns and rows in the same order, so that a re-solve can start from its optimum and
    /// multipliers (``ScaledSolve/resolve(_:linearModel:options:from:dual:)``).
    func variant(of model: AssignmentModel, leavingOut: Set<Rule>, relaxing: [Rule: Double]) -> ScaleProblem {
        var changes: [(row: Int, bounds: Bounds)] = []
        for (r, row) in model.ruleRows.enumerated() {
            if leavingOut.contains(row.rule) {
                changes.append((r, .free))
            } else if let amount = relaxing[row.rule] {
                changes.append((r, row.bounds(relaxedBy: amount)))
            }
        }
        return withBounds(changes)
    }
}

extension ScaledSolve {
    /// Solves `model` with the large-instance search; GLPK's branch-and-cut gets the model's
    /// own GLPK model, with its names.
    ///
    /// ```swift
    /// let outcome = try ScaledSolve.solve(AssignmentModel(portfolio), options: .init(timeLimit: .seconds(10)))
    /// if case .optimal = outcome.proof { … }
    /// ```
    ///
    /// - Throws: ``GLPKError`` only for a model GLPK must not be given (a defect).
    package static func solve(_ model: AssignmentModel, options: Options = Options()) throws(GLPKError) -> Outcome {
        try solve(ScaleProblem(model), linearModel: { model.linearModel() }, options: options)
    }
}
