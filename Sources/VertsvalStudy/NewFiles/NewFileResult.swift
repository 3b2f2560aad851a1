internal import Foundation
public import Vertsval

/// A data file written for a person to fill in, and what is left to fill in.
public struct NewFileResult: Sendable {
    /// The path written.
    public var path: String
    /// What is left to fill in, located in the written file, as `validate` lists it.
    public var left: [Diagnostic]

    /// Refuses a target that is not a `.yaml` file, or that exists unless `force`.
    static func checkTarget(_ path: String, force: Bool) throws(StudyError) {
        guard path.hasSuffix(".yaml"), !path.hasSuffix("/.yaml") else { throw .notYAMLFile(path: path) }
        if !force, FileManager.default.fileExists(atPath: path) { throw .fileExists(path: path) }
    }

    /// Runs a loader, mapping its failure to `StudyError.invalidInput`.
    static func load<T>(_ body: () throws(ValidationFailure) -> T) throws(StudyError) -> T {
        do {
            return try body()
        } catch {
            throw .invalidInput(error)
        }
    }

    /// The id asked for, or one made from the file name.
    static func identifier(_ asked: String?, output: String) throws(StudyError) -> String {
        let name = asked ?? String(String(output.split(separator: "/").last ?? "").dropLast(".yaml".count))
        guard let id = YAMLText.identifier(name) else { throw .unusableID(name) }
        return id
    }

    /// Writes `text` to `path` (through a temporary file and a rename) after checking that
    /// it loads as `kind` without errors; returns what is left to fill in.
    ///
    /// - Throws: `StudyError.folderMissing` or `.writeFailed` when the file cannot be written, and
    ///   `.invalidInput` should the text not load (a fault of this tool, never the user's).
    static func write(_ text: String, to path: String, kind: DataKind) throws(StudyError) -> [Diagnostic] {
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            switch error {
            case .missingFolder(let folder): throw .folderMissing(path: path, folder: folder)
            case .cannotWrite(let reason): throw .writeFailed(path: path, reason: reason)
            }
        }
        do {
            return try Loader.load(at: path, expecting: [kind]).warnings.unfinished
        } catch {
            throw .invalidInput(error)
        }
    }
}
