public import Vertsval

/// One cell of a score sheet that cannot be read into a case, with where it is: the sheet's
/// file, the row as a spreadsheet numbers it (the header is row 1) and the column (1 = A).
/// Data, not wording: `message(in:)` words it.
public struct SheetProblem: Sendable, Hashable {
    /// What is wrong.
    public enum Kind: Sendable, Hashable {
        /// The file is no sheet this tool can read (the reader's reason).
        case unreadable(reason: String)
        /// A column the sheet must have is missing from the header row; `names` are the
        /// headers that are accepted for it.
        case missingColumn(names: [String])
        /// A candidate id that is no candidate of the case; `suggestion` among those valid.
        case unknownCandidate(String, suggestion: String?, valid: [String])
        /// A criterion id that is no criterion scored by hand in the case's template.
        case unknownCriterion(String, suggestion: String?, valid: [String])
        /// The same candidate and criterion on an earlier row.
        case duplicateRow(firstRow: Int)
        /// A level that is not a whole number, or a value that is not a number.
        case notANumber(String, expected: ValueKind)
        /// A level outside the criterion's scale.
        case levelOutOfScale(level: Int, levels: [Int])
        /// A level or value without a rationale.
        case missingWhy
        /// A rationale or source without a level or value.
        case missingScore(expected: ValueKind)
        /// A willingness that is neither yes nor no.
        case notYesNo(String)
        /// A willingness in an assessor's sheet (it belongs to the case, not to an assessor).
        case willingnessNotAssessed
        /// A new score outside the uncertainty range (low–high) the case gives for it.
        case outsideUncertainty(value: Double, low: Double, high: Double)
    }

    /// Where the cell is (`line` is the sheet's row, `column` its column).
    public var location: SourceLocation
    /// What is wrong.
    public var kind: Kind

    /// Creates a problem at `row` and `column` of `file`.
    public init(_ kind: Kind, file: String, row: Int, column: Int) {
        self.kind = kind
        self.location = SourceLocation(file: file, line: row, column: column)
    }
}
