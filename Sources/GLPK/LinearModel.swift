/// A linear or mixed-integer program as a plain value: objective, columns (variables) and rows
/// (constraints).
///
/// Indices are 0-based everywhere in this module; the translation to GLPK's 1-based arrays
/// happens in one internal place. Build a model freely, then call ``validate()`` (the solver
/// and the exporters call it for you): it rejects every input that would make GLPK abort the
/// process or silently solve a different problem.
///
/// ```swift
/// var model = LinearModel(objective: .maximize)
/// let x = model.addColumn(Column(name: "x", bounds: .between(0, 4), objectiveCoefficient: 3))
/// let y = model.addColumn(Column(name: "y", kind: .integer, objectiveCoefficient: 2))
/// model.addRow(Row(name: "budget", bounds: .atMost(10), coefficients: [(x, 1), (y, 2)]))
/// let solution = try Solver.solve(model)
/// ```
///
/// ## Names
/// Every column and row has a name, used in exported LP/MPS files and in error messages.
/// Names must be unique among columns and among rows, 1 to 255 bytes long, start with an ASCII
/// letter or `_`, and otherwise contain only ASCII letters, digits and ``allowedNamePunctuation``.
/// GLPK's LP writer would otherwise silently rewrite or replace names (a space becomes `_`, `-`
/// becomes `~`, and a name it cannot repair becomes `r_3`), so that two names could merge into
/// one variable when the file is read back. `R0000000` is reserved for rows: GLPK's MPS writer
/// gives the objective that name. ``sanitizedName(_:)`` turns arbitrary text into a valid name.
public struct LinearModel: Sendable, Hashable, Codable {
    /// The problem name written into exported files (empty for none), with the rules of column names.
    public var name: String
    /// Whether to minimise or maximise the objective.
    public var objective: Objective
    /// A constant added to the objective function.
    public var objectiveConstant: Double
    /// The variables, addressed by their 0-based index.
    public var columns: [Column]
    /// The constraints, addressed by their 0-based index.
    public var rows: [Row]

    /// Creates a model.
    public init(
        name: String = "",
        objective: Objective = .minimize,
        objectiveConstant: Double = 0,
        columns: [Column] = [],
        rows: [Row] = []
    ) {
        self.name = name
        self.objective = objective
        self.objectiveConstant = objectiveConstant
        self.columns = columns
        self.rows = rows
    }

    /// Appends a column and returns its index.
    ///
    /// - Complexity: Amortized O(1).
    @discardableResult
    public mutating func addColumn(_ column: Column) -> Int {
        columns.append(column)
        return columns.count - 1
    }

    /// Appends a row and returns its index.
    ///
    /// - Complexity: Amortized O(1).
    @discardableResult
    public mutating func addRow(_ row: Row) -> Int {
        rows.append(row)
        return rows.count - 1
    }

    /// Whether any column is integer or binary, so that solving needs branch-and-cut.
    public var hasIntegerColumns: Bool { columns.contains { $0.isInteger } }

    /// The objective value of the given column values, including ``objectiveConstant``.
    ///
    /// - Precondition: `values.count == columns.count`.
    /// - Complexity: O(number of columns).
    public func objectiveValue(_ values: [Double]) -> Double {
        precondition(values.count == columns.count, "expected \(columns.count) column values, found \(values.count)")
        return zip(columns, values).reduce(objectiveConstant) { $0 + $1.0.objectiveCoefficient * $1.1 }
    }
}
