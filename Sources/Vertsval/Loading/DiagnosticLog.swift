/// Collects the problems found while loading, so that one run reports all of them.
///
/// A reference type because every reader of one file appends to the same log; it is used
/// by one loader on one thread and never shared.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ problem: Problem, at location: SourceLocation) {
        diagnostics.append(Diagnostic(problem, at: location, severity: .error))
    }

    func warning(_ problem: Problem, at location: SourceLocation) {
        diagnostics.append(Diagnostic(problem, at: location, severity: .warning))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    var hasErrors: Bool { diagnostics.containsErrors }
}

/// Locations of named entries, recorded while reading for checks made later.
final class LocationTable {
    var values: [String: SourceLocation] = [:]
}

/// Loaded cases by service id, recorded while reading a portfolio.
final class CaseTable {
    var values: [PortfolioService.ID: LoadedCase] = [:]
}

/// Files read while loading, in order, each once.
final class FileList {
    private(set) var files: [DataFile] = []

    func add(_ more: [DataFile]) {
        for file in more where !files.contains(where: { Loader.normalize($0.path) == Loader.normalize(file.path) }) {
            files.append(file)
        }
    }
}
