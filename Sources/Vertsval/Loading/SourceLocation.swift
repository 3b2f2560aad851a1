/// A place in a data file: path as the user named it, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file path as given on the command line or resolved from a reference.
    public var file: String
    /// Line number, starting at 1; 0 when the problem concerns the whole file.
    public var line: Int
    /// Column number, starting at 1, counted in Unicode scalars; 0 for the whole file.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or just `file` for problems with the whole file.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
