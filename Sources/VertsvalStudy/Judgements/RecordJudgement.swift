internal import Foundation
public import Vertsval

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Use case: record a board member's own judgement of a case as a judgement file in the
/// `judgements/` folder next to the case, and add it to the case's `judgements:` list.
///
/// The same protections as saving a scenario: the form is checked against the case's
/// template and region before anything is written; the file name is reduced to a–z, 0–9
/// and dashes; what is written is first loaded back by the judgement loader from a
/// temporary file, then linked into place, so an existing file is never replaced (unless
/// `replace` is asked for and that file is the same member's judgement) and nothing
/// half-written stays; the folder must lie inside `root` (symbolic links resolved).
///
/// **The case's list.** A case names its judgements explicitly, so a saved judgement counts
/// only once the case lists it. A member who saves expects to see their judgement in the
/// case's results, so the reference is added to the list, keeping every other line of the
/// case as it was (`JudgementListEditor`), and the case is loaded with it before the case
/// is rewritten through `AtomicFile`. When the list is written in flow style
/// (`judgements: [a, b]`) the case is not touched; the result says which line to add.
public enum RecordJudgement {
    /// What to record.
    public struct Request: Sendable {
        /// The case (not a scenario), a path the process can open.
        public var casePath: String
        /// What the member typed.
        public var form: JudgementForm
        /// The file name asked for (without `.yaml`); empty takes the member's name.
        public var fileName: String
        /// Whether an existing judgement file of the same member may be replaced.
        public var replace: Bool
        /// The language the form's texts are in.
        public var language: Language
        /// The day of saving, the judgement's date when the form gives none.
        public var today: CalendarDate
        /// The folder every file written must lie in (the workbench's root); nil for none.
        public var root: String?

        /// Creates a request.
        public init(
            casePath: String, form: JudgementForm, fileName: String = "", replace: Bool = false, language: Language, today: CalendarDate,
            root: String? = nil
        ) {
            self.casePath = casePath
            self.form = form
            self.fileName = fileName
            self.replace = replace
            self.language = language
            self.today = today
            self.root = root
        }
    }

    /// Whether the case lists the judgement.
    public enum Listing: Sendable, Hashable {
        /// The reference was added to the case's `judgements:` list.
        case added
        /// The case listed it already (a judgement replaced).
        case alreadyListed
        /// The case's list could not be edited safely; the person adds this line under
        /// `judgements:`.
        case addByHand(line: String)
    }

    /// What was recorded.
    public struct Result: Sendable {
        /// The judgement file written.
        public let path: String
        /// The reference as the case lists it (relative to the case).
        public let reference: String
        /// Whether the case lists it now.
        public let listing: Listing
        /// The judgement as written.
        public let judgement: Judgement
    }

    /// The folder next to the case that judgements are saved in.
    public static let folderName = "judgements"

    /// The case a judgement is given for: a case, not a scenario (a scenario's weights are
    /// not a member's).
    ///
    /// - Throws: `StudyError.invalidInput` for a case with errors, `.judgementNeedsCase` for
    ///   another kind of file.
    public static func loadCase(at path: String) throws(StudyError) -> LoadedCase {
        do {
            guard case .case(let loaded) = try Loader.load(at: path, expecting: [.case, .scenario]) else { throw StudyError.judgementNeedsCase }
            return loaded
        } catch let error as ValidationFailure {
            throw .invalidInput(error)
        } catch {
            throw .judgementNeedsCase
        }
    }

    /// Checks, writes and lists the judgement.
    ///
    /// - Throws: `StudyError` for a case with errors, a form with problems, an unusable file
    ///   name, a member who has a judgement in another file, a file that exists, a folder
    ///   outside `root`, or a file that cannot be written.
    public static func run(_ request: Request) throws(StudyError) -> Result {
        let loaded = try loadCase(at: request.casePath)
        let judgement = try request.form.judgement(for: loaded, language: request.language, today: request.today)
        let asked = request.fileName.trimmingSpaces.isEmpty ? judgement.member : request.fileName
        guard let id = YAMLText.identifier(asked) else { throw .unusableID(asked) }
        let reference = folderName + "/" + id + ".yaml"
        let caseFolder = URL(fileURLWithPath: request.casePath).deletingLastPathComponent().path
        let folder = caseFolder + "/" + folderName
        let target = folder + "/" + id + ".yaml"
        if let other = loaded.case.judgements.first(where: { $0.member == judgement.member }) {
            guard let real = RealPath.of(other.path), real == RealPath.of(target) else {
                throw .memberHasJudgement(member: judgement.member, file: relative(other.path, to: caseFolder))
            }
            guard request.replace else { throw .judgementExists(file: reference) }
        }
        try makeFolder(folder, root: request.root)
        lock.lock()
        defer { lock.unlock() }
        do {
            let previous = try existing(at: target, reference: reference, member: judgement.member, request: request)
            let text = judgement.yaml()
            try place(text, at: target, replacing: previous != nil, reference: reference)
            do {
                let listing = try list(reference, in: request.casePath)
                return Result(path: target, reference: reference, listing: listing, judgement: judgement)
            } catch {
                // Put back what was there: the case is unchanged, so the file goes too.
                if let previous { try? previous.write(to: URL(fileURLWithPath: target)) } else { unlink(target) }
                throw error
            }
        }
    }

    /// One save at a time edits a case's list (two members saving at once both get listed).
    private static let lock = NSLock()

    /// The bytes of the file at `target` when it may be replaced; nil when there is none.
    private static func existing(at target: String, reference: String, member: String, request: Request) throws(StudyError) -> Data? {
        var info = stat()
        guard lstat(target, &info) == 0 else { return nil }
        guard request.replace else { throw .judgementExists(file: reference) }
        guard (info.st_mode & S_IFMT) == S_IFREG, request.root.map({ RealPath.isInside(target, root: $0) }) ?? true,
            case .judgement(let old, _)? = try? Loader.load(at: target, expecting: [.judgement]), old.member == member,
            let data = FileManager.default.contents(atPath: target)
        else { throw .judgementOfOtherMember(file: reference) }
        return data
    }

    /// Creates `folder` when it is missing; it must be a folder inside `root`.
    private static func makeFolder(_ folder: String, root: String?) throws(StudyError) {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            } catch {
                throw .writeFailed(path: folder, reason: error.localizedDescription)
            }
        } else if !isDirectory.boolValue {
            throw .writeFailed(path: folder, reason: "not a folder")
        }
        if let root, !RealPath.isInside(folder, root: root) { throw .folderOutside(folder: folderName) }
    }

    /// Writes `text` to a temporary file next to `target`, loads it back as a judgement,
    /// and links it into place (or, replacing, renames it over the old file).
    private static func place(_ text: String, at target: String, replacing: Bool, reference: String) throws(StudyError) {
        let temporary = URL(fileURLWithPath: target).deletingLastPathComponent().path + "/.vertsval-judgement-\(UUID().uuidString).yaml"
        defer { unlink(temporary) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw .writeFailed(path: target, reason: error.localizedDescription)
        }
        do {
            _ = try Loader.load(at: temporary, expecting: [.judgement])
        } catch {
            throw .invalidInput(error)
        }
        if replacing {
            guard rename(temporary, target) == 0 else { throw .writeFailed(path: target, reason: String(cString: strerror(errno))) }
        } else if link(temporary, target) != 0 {
            if errno == EEXIST { throw .judgementExists(file: reference) }
            throw .writeFailed(path: target, reason: String(cString: strerror(errno)))
        }
    }

    /// Adds `reference` to the case's list when it is not there, after loading the case
    /// with it (the judgement checked against the template and region, the member once).
    private static func list(_ reference: String, in casePath: String) throws(StudyError) -> Listing {
        guard let original = FileManager.default.contents(atPath: casePath).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw .fileNotReadable(path: casePath)
        }
        switch JudgementListEditor.adding(reference, to: original) {
        case .present:
            try ImportScoreSheet.check(original, for: casePath)
            return .alreadyListed
        case .added(let text):
            try ImportScoreSheet.check(text, for: casePath)
            try ImportScoreSheet.write(text, to: casePath)
            return .added
        case .notEditable:
            return .addByHand(line: "  - " + reference)
        }
    }

    /// `path` relative to `folder` when inside it.
    private static func relative(_ path: String, to folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }
}
