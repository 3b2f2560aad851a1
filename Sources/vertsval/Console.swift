import ArgumentParser
import Foundation
import Vertsval
import VertsvalReport
import VertsvalStudy

/// Writing to standard output and standard error, and turning problems into messages and
/// exit codes. Exit codes: 0 success, 1 invalid input, 64 bad flags (ArgumentParser's usage
/// code), 3 no assignment satisfies the rules.
enum Console {
    /// The width text output wraps at: `COLUMNS` when it is a sensible number (40–1000),
    /// else 80. Shells set `COLUMNS` for interactive use; a pipe or a file gets 80.
    static var width: Int {
        guard let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), (40...1000).contains(columns) else {
            return TextRenderer.defaultWidth
        }
        return columns
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// `file:line:column: feil: message` for each diagnostic.
    static func report(_ diagnostics: [Diagnostic], language: Language) {
        for diagnostic in diagnostics {
            err(diagnostic.formatted(in: language))
        }
    }

    /// Runs a use case; an error is reported on stderr and becomes the exit code for its
    /// category (1 for data, 64 for the request, 1 otherwise).
    static func run<T>(_ language: Language, _ body: () throws(StudyError) -> T) throws(ExitCode) -> T {
        do {
            return try body()
        } catch {
            throw fail(error, language: language)
        }
    }

    /// Reports `error` and returns its exit code.
    static func fail(_ error: StudyError, language: Language) -> ExitCode {
        for line in error.diagnostics(in: language) { err(line) }
        if case .invalidInput = error {
            err(error.message(in: language))
            return ExitCode(1)
        }
        switch error.category {
        case .invalidRequest: return badFlag(error.message(in: language), language: language)
        case .invalidData, .conflict, .failure: return failure(error.message(in: language), language: language)
        }
    }

    /// Reports a bad flag value and returns ArgumentParser's usage exit code.
    static func badFlag(_ message: String, language: Language) -> ExitCode {
        error(message, language: language)
        return ExitCode.validationFailure
    }

    /// Reports an error that stops the command and returns exit code 1.
    static func failure(_ message: String, language: Language) -> ExitCode {
        error(message, language: language)
        return ExitCode(1)
    }

    /// `vertsval: feil: message` on stderr.
    static func error(_ message: String, language: Language) {
        err("vertsval: " + CLIMessageText.errorPrefix.text(in: language) + message)
    }
}

extension Console {
    /// Writes `text` to `path` through a temporary file and a rename, so that an
    /// interrupted run never leaves a half-written file where a good one was.
    static func writeAtomically(_ text: String, to path: String, language: Language) throws {
        try writeAtomically(Data(text.utf8), to: path, language: language)
    }

    /// Writes `data` atomically (`AtomicFile`); a failure is reported in words (which folder
    /// is missing, or that the file cannot be written) and becomes exit code 1.
    static func writeAtomically(_ data: Data, to path: String, language: Language) throws {
        do {
            try AtomicFile.write(data, to: path)
        } catch .missingFolder(let folder) {
            throw failure(
                CLIMessageText.folderMissing(path: path, folder: folder).text(in: language), language: language)
        } catch .cannotWrite(let reason) {
            throw failure(
                CLIMessageText.cannotWrite(path: path, reason: reason).text(in: language),
                language: language)
        }
    }
}
