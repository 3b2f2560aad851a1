#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A GLPK session for solving one model repeatedly with small changes in between.
///
/// A session holds a GLPK problem built from a ``LinearModel``. Change bounds, objective
/// coefficients or rows, and solve again: the simplex method starts from the previous basis
/// (unless the presolver is on). Every change is validated in Swift first and applied to
/// ``model`` too, so ``model`` is always what GLPK solves.
///
/// GLPK requires a problem to be created, solved and deleted on one thread, so a `Solver`
/// exists only inside ``withSession(for:_:)``: the closure runs synchronously, and the problem
/// is deleted when it returns. Run sessions in parallel by calling `withSession` from several
/// threads or detached tasks; each has its own problem. A `Solver` used after its session,
/// on another thread, or from inside its own MIP callback throws instead of touching GLPK.
///
/// ```swift
/// let (best, second) = try Solver.withSession(for: model) { solver in
///     let best = try solver.solve()
///     try solver.addRow(noGoodCut(excluding: best))
///     return (best, try solver.solve())
/// }
/// ```
public final class Solver {
    /// The model as GLPK currently holds it, including all changes made in this session.
    public private(set) var model: LinearModel
    private var problem: Problem?
    private let thread: pthread_t
    private var isBusy = false

    private init(model: LinearModel) {
        self.model = model
        self.thread = pthread_self()
        let problem = Problem()
        problem.load(model)
        self.problem = problem
    }

    /// Runs `body` with a session for `model`, then deletes the GLPK problem.
    ///
    /// - Throws: ``GLPKError`` if the model is invalid, or whatever `body` throws.
    /// - Complexity: O(columns + rows + non-zeros) to build the problem, plus `body`.
    public static func withSession<Result>(for model: LinearModel, _ body: (Solver) throws -> Result) throws -> Result {
        try model.validate()
        let solver = Solver(model: model)
        defer { solver.close() }
        return try body(solver)
    }

    /// Solves `model` once: builds the problem, solves it, copies the result and deletes the problem,
    /// all on the calling thread.
    ///
    /// A model with integer or binary columns is solved with branch-and-cut, otherwise with the
    /// simplex method.
    /// - Throws: ``GLPKError`` if the model or the options are invalid; solver outcomes such as
    ///   infeasibility are reported in ``Solution/termination``.
    public static func solve(_ model: LinearModel, options: SolveOptions = SolveOptions()) throws(GLPKError) -> Solution {
        try model.validate()
        let solver = Solver(model: model)
        defer { solver.close() }
        return try solver.solve(options: options)
    }

    /// Solves `model` once with a callback that watches, and can steer, branch-and-cut.
    ///
    /// The callback runs on the calling thread during the solve (see ``MIPSearch``); it is not
    /// called for a model without integer columns. The presolver must be off.
    /// - Throws: ``GLPKError`` if the model or the options are invalid.
    public static func solve(
        _ model: LinearModel,
        options: SolveOptions = SolveOptions(),
        onMIPEvent handler: (borrowing MIPSearch) -> Void
    ) throws(GLPKError) -> Solution {
        try model.validate()
        let solver = Solver(model: model)
        defer { solver.close() }
        return try solver.solve(options: options, onMIPEvent: handler)
    }

    /// Solves the current model: branch-and-cut if it has integer columns, else the simplex method.
    ///
    /// - Throws: ``GLPKError`` if the options are invalid or the session cannot be used.
    public func solve(options: SolveOptions = SolveOptions()) throws(GLPKError) -> Solution {
        try run(options, handler: nil)
    }

    /// Solves the current model with a MIP callback; see ``solve(_:options:onMIPEvent:)``.
    ///
    /// - Throws: ``GLPKError`` if the options are invalid (the presolver must be off) or the
    ///   session cannot be used.
    public func solve(
        options: SolveOptions = SolveOptions(),
        onMIPEvent handler: (borrowing MIPSearch) -> Void
    ) throws(GLPKError) -> Solution {
        guard !options.presolve else {
            throw .invalidOption(
                name: "presolve", found: "true",
                expected: "false with a MIP callback (GLPK would show the callback the presolved problem)")
        }
        return try withoutActuallyEscaping(handler) { (escapable) throws(GLPKError) -> Solution in
            try run(options, handler: escapable)
        }
    }

    /// Solves the LP relaxation of the current model (integrality ignored) with the simplex method;
    /// an optimal solution carries row duals and reduced costs.
    ///
    /// - Throws: ``GLPKError`` if the options are invalid or the session cannot be used.
    public func solveRelaxation(options: SolveOptions = SolveOptions()) throws(GLPKError) -> Solution {
        try options.validate()
        let problem = try usableProblem()
        isBusy = true
        defer { isBusy = false }
        return problem.solveRelaxation(options, log: TerminalLog())
    }

    private func run(_ options: SolveOptions, handler: ((borrowing MIPSearch) -> Void)?) throws(GLPKError) -> Solution {
        try options.validate()
        let problem = try usableProblem()
        isBusy = true
        defer { isBusy = false }
        guard model.hasIntegerColumns else { return problem.solveRelaxation(options, log: TerminalLog()) }
        let context = MIPCallbackContext(model: model, handler: handler)
        return problem.solveMIP(options, context: context, log: TerminalLog())
    }

    /// Sets whether to minimise or maximise.
    ///
    /// - Throws: ``GLPKError`` if the session cannot be used.
    public func setObjective(_ objective: Objective) throws(GLPKError) {
        let problem = try usableProblem()
        model.objective = objective
        problem.setObjective(objective)
    }

    /// Sets one column's objective coefficient.
    ///
    /// - Throws: ``GLPKError`` for an index out of range or a non-finite value.
    public func setObjectiveCoefficient(_ value: Double, ofColumn column: Int) throws(GLPKError) {
        let problem = try usableProblem()
        try model.checkColumnIndex(column)
        guard value.isFinite else {
            throw .nonFiniteObjectiveCoefficient(.column(column, name: model.columns[column].name), value: value)
        }
        model.columns[column].objectiveCoefficient = value
        problem.setObjectiveCoefficient(value, ofColumn: column)
    }

    /// Replaces all objective coefficients at once, for example with sampled values.
    ///
    /// Nothing changes unless all values are valid.
    /// - Throws: ``GLPKError`` for a wrong count or a non-finite value.
    /// - Complexity: O(columns).
    public func setObjectiveCoefficients(_ values: [Double]) throws(GLPKError) {
        let problem = try usableProblem()
        guard values.count == model.columns.count else {
            throw .wrongValueCount(expected: model.columns.count, found: values.count)
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteObjectiveCoefficient(.column(bad, name: model.columns[bad].name), value: values[bad])
        }
        for (column, value) in values.enumerated() {
            model.columns[column].objectiveCoefficient = value
            problem.setObjectiveCoefficient(value, ofColumn: column)
        }
    }

    /// Sets one column's bounds (for an integer column they must be integers).
    ///
    /// - Throws: ``GLPKError`` for an index out of range or invalid bounds.
    public func setBounds(_ bounds: Bounds, ofColumn column: Int) throws(GLPKError) {
        let problem = try usableProblem()
        try model.checkColumnIndex(column)
        let current = model.columns[column]
        try LinearModel.checkBounds(bounds, of: .column(column, name: current.name), kind: current.kind)
        model.columns[column].bounds = bounds
        problem.setBounds(bounds, ofColumn: column)
    }

    /// Sets one row's bounds, for example `.free` to relax a rule.
    ///
    /// - Throws: ``GLPKError`` for an index out of range or invalid bounds.
    public func setBounds(_ bounds: Bounds, ofRow row: Int) throws(GLPKError) {
        let problem = try usableProblem()
        try model.checkRowIndex(row)
        try LinearModel.checkBounds(bounds, of: .row(row, name: model.rows[row].name), kind: nil)
        model.rows[row].bounds = bounds
        problem.setBounds(bounds, ofRow: row)
    }

    /// Appends a row, for example a no-good cut, and returns its index.
    ///
    /// - Throws: ``GLPKError`` if the row is invalid or its name is taken.
    /// - Complexity: O(rows + terms).
    @discardableResult
    public func addRow(_ row: Row) throws(GLPKError) -> Int {
        let problem = try usableProblem()
        let index = model.rows.count
        try model.checkRow(row, at: index)
        if let first = model.rows.firstIndex(where: { $0.name == row.name }) {
            throw .duplicateName(.row(index, name: row.name), firstIndex: first)
        }
        model.rows.append(row)
        problem.addRow(row)
        return index
    }

    /// Deletes rows; the rows after a deleted one move down to fill the gap.
    ///
    /// - Throws: ``GLPKError`` for an index out of range or listed twice.
    /// - Complexity: O(rows + non-zeros).
    public func deleteRows(_ rows: [Int]) throws(GLPKError) {
        let problem = try usableProblem()
        var seen = Set<Int>()
        for row in rows {
            try model.checkRowIndex(row)
            guard seen.insert(row).inserted else { throw .duplicateRowIndex(row: row) }
        }
        for row in rows.sorted(by: >) { model.rows.remove(at: row) }
        problem.deleteRows(rows)
    }

    /// Fixes every integer column at its (rounded) value in `values`, for example to read the
    /// duals of the LP with the integer choice fixed via ``solveRelaxation(options:)``.
    ///
    /// Continuous columns keep their bounds. Restore bounds with ``setBounds(_:ofColumn:)``.
    /// - Throws: ``GLPKError`` for a wrong count, a non-finite, fractional or out-of-bounds value.
    /// - Complexity: O(columns).
    public func fixIntegerColumns(to values: [Double]) throws(GLPKError) {
        let problem = try usableProblem()
        guard values.count == model.columns.count else {
            throw .wrongValueCount(expected: model.columns.count, found: values.count)
        }
        var fixed: [(Int, Bounds)] = []
        for (index, column) in model.columns.enumerated() where column.isInteger {
            let element = ModelElement.column(index, name: column.name)
            let value = values[index]
            guard value.isFinite else { throw .nonFiniteValue(element, value: value) }
            let rounded = value.rounded()
            guard Swift.abs(value - rounded) <= 1e-6 else { throw .notIntegral(element, value: value) }
            guard column.bounds.contains(rounded) else {
                throw .outsideBounds(element, value: value, bounds: column.bounds)
            }
            fixed.append((index, .fixed(rounded)))
        }
        for (index, bounds) in fixed {
            model.columns[index].bounds = bounds
            problem.setBounds(bounds, ofColumn: index)
        }
    }

    private func usableProblem() throws(GLPKError) -> Problem {
        guard pthread_equal(thread, pthread_self()) != 0 else { throw .wrongThread }
        guard let problem else { throw .sessionClosed }
        guard !isBusy else { throw .sessionBusy }
        return problem
    }

    /// Deletes the GLPK problem; called on the session's thread when the session ends.
    private func close() {
        problem = nil
    }
}
