/// One problem found in a data file, with where it is and how serious it is.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The file cannot be used until it is fixed.
        case error
        /// The file can be used, but a person should look at this.
        case warning
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// What the problem is (data only; see `message(in:)` for the wording).
    public var problem: Problem
    /// Whether the file can still be used.
    public var severity: Severity

    /// Creates a diagnostic.
    public init(_ problem: Problem, at location: SourceLocation, severity: Severity = .error) {
        self.location = location
        self.problem = problem
        self.severity = severity
    }
}

/// Input that could not be used, with every problem that was found in it.
public struct ValidationFailure: Error, Sendable {
    /// All problems, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates a failure from its problems.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

extension [Diagnostic] {
    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The things left to fill in (see `Problem.isUnfinished`), in order.
    public var unfinished: [Diagnostic] { filter { $0.problem.isUnfinished } }

    /// The diagnostics sorted by file, line and column, keeping the order of equal places.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            lhs.element.location == rhs.element.location
                ? lhs.offset < rhs.offset : lhs.element.location < rhs.element.location
        }.map(\.element)
    }
}
