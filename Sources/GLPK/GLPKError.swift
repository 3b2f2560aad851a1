/// Everything that can go wrong before or around a solve: invalid input, misuse of a session,
/// and file errors.
///
/// A solver *outcome* (infeasible, unbounded, time limit, …) is not an error; it is reported in
/// ``Solution/termination``. Each case holds data only; ``description`` builds the message,
/// which says what was found and what was expected. Indices are 0-based.
public enum GLPKError: Error, Sendable, Hashable {
    /// What is wrong with a bounds value.
    public enum BoundsProblem: Sendable, Hashable {
        /// An endpoint is NaN.
        case notANumber
        /// The lower bound is `+∞`.
        case infiniteLower
        /// The upper bound is `-∞`.
        case infiniteUpper
        /// The lower bound is above the upper bound.
        case lowerAboveUpper
        /// An integer or binary column has a fractional finite bound.
        case fractionalForInteger
        /// A binary column has bounds outside `[0, 1]`.
        case outsideUnitIntervalForBinary
    }

    /// What is wrong with a name.
    public enum NameProblem: Sendable, Hashable {
        /// The name is empty.
        case empty
        /// The name is longer than ``LinearModel/maximumNameLength`` UTF-8 bytes.
        case tooLong(bytes: Int)
        /// The name does not start with an ASCII letter or `_`.
        case invalidFirstCharacter(Character)
        /// The name contains a character outside the allowed set.
        case invalidCharacter(Character)
        /// The name is reserved (`R0000000` for rows).
        case reserved
    }

    /// A row term (or, with `nil`, a method argument) names a column that does not exist.
    case columnIndexOutOfRange(ModelElement?, column: Int, columnCount: Int)
    /// A method argument names a row that does not exist.
    case rowIndexOutOfRange(row: Int, rowCount: Int)
    /// A row lists the same column more than once.
    case duplicateCoefficient(ModelElement, column: Int)
    /// A row coefficient is NaN or infinite.
    case nonFiniteCoefficient(ModelElement, column: Int, value: Double)
    /// An objective coefficient is NaN or infinite.
    case nonFiniteObjectiveCoefficient(ModelElement, value: Double)
    /// The objective constant is NaN or infinite.
    case nonFiniteObjectiveConstant(value: Double)
    /// A row's or column's bounds are invalid.
    case invalidBounds(ModelElement, Bounds, problem: BoundsProblem)
    /// A name breaks the rules in ``LinearModel``.
    case invalidName(ModelElement, problem: NameProblem)
    /// A name is used by an earlier column (or row) with index `firstIndex`.
    case duplicateName(ModelElement, firstIndex: Int)
    /// A row index is listed more than once for deletion.
    case duplicateRowIndex(row: Int)
    /// A solve option has an invalid value.
    case invalidOption(name: String, found: String, expected: String)
    /// A vector of column values has the wrong length.
    case wrongValueCount(expected: Int, found: Int)
    /// A column value is NaN or infinite.
    case nonFiniteValue(ModelElement, value: Double)
    /// An integer column has a fractional value.
    case notIntegral(ModelElement, value: Double)
    /// A column value or row activity lies outside its bounds.
    case outsideBounds(ModelElement, value: Double, bounds: Bounds)
    /// A solution was proposed at a callback event that does not accept one.
    case proposalNotAllowed(event: MIPEvent)
    /// The ``Solver`` was used after its session ended.
    case sessionClosed
    /// The ``Solver`` was used from inside one of its own callbacks.
    case sessionBusy
    /// The ``Solver`` was used on a thread other than the one that created it.
    case wrongThread
    /// A file could not be written.
    case writeFailed(path: String, reason: String)
}
