/// A variable of a ``LinearModel``: its name, kind, bounds and objective coefficient.
public struct Column: Sendable, Hashable, Codable {
    /// Whether a column may take fractional values.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Any real value within the bounds.
        case continuous
        /// Any integer within the bounds; finite bounds must be integers.
        case integer
        /// 0 or 1; the bounds must lie within `[0, 1]` (`.fixed(0)` and `.fixed(1)` fix the choice).
        case binary
    }

    /// The name used in exported files and error messages; see ``LinearModel`` for the rules.
    public var name: String
    /// Whether the column is continuous, integer or binary.
    public var kind: Kind
    /// The range of values the column may take.
    public var bounds: Bounds
    /// The column's coefficient in the objective function.
    public var objectiveCoefficient: Double

    /// Creates a column; continuous and non-negative unless told otherwise.
    public init(
        name: String,
        kind: Kind = .continuous,
        bounds: Bounds = .atLeast(0),
        objectiveCoefficient: Double = 0
    ) {
        self.name = name
        self.kind = kind
        self.bounds = bounds
        self.objectiveCoefficient = objectiveCoefficient
    }

    /// Creates a 0–1 column.
    public static func binary(name: String, objectiveCoefficient: Double = 0) -> Column {
        Column(name: name, kind: .binary, bounds: .between(0, 1), objectiveCoefficient: objectiveCoefficient)
    }

    /// Whether the column must take an integer value (``Kind/integer`` or ``Kind/binary``).
    public var isInteger: Bool { kind != .continuous }
}
