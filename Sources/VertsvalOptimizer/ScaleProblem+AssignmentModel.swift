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
