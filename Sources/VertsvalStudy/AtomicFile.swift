public import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writes files so that an interrupted run never leaves a half-written file where a good
/// one was, nor a temporary file of unknown origin: the bytes go to
/// `.<name>.vertsval-tmp-<pid>-<random>` next to the target and are renamed into place.
/// Ctrl-C and SIGTERM remove the temporary file; one left by a killed run (its process is
/// gone) is removed the next time the same file is written.
public enum AtomicFile {
    /// What every temporary name contains after the target's name.
    public static let marker = ".vertsval-tmp-"

    /// Why a file could not be written.
    public enum Failure: Error, Sendable {
        /// The folder does not exist.
        case missingFolder(String)
        /// Writing or renaming failed (the system's reason).
        case cannotWrite(String)
    }

    /// Writes `data` to `path` through a temporary file and a rename.
    public static func write(_ data: Data, to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(folder)
        }
        removeStaleTemporaries(of: url)
        let temporary = folder + "/." + url.lastPathComponent + marker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        CleanUp.begin(temporary)
        defer { CleanUp.end() }
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            throw .cannotWrite(error.localizedDescription)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(reason)
        }
    }

    /// Removes temporaries for `target` whose process no longer runs.
    static func removeStaleTemporaries(of target: URL) {
        let folder = target.deletingLastPathComponent().path
        let prefix = "." + target.lastPathComponent + marker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink(folder + "/" + name)
            }
        }
    }
}

/// The temporary file being written, removed by the SIGINT/SIGTERM handler. The handler
/// only calls `unlink`, `signal` and `raise`, which are async-signal-safe.
private enum CleanUp {
    nonisolated(unsafe) static var path: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var installed = false

    static func begin(_ temporary: String) {
        path = strdup(temporary)
        if !installed {
            installed = true
            signal(SIGINT, handler)
            signal(SIGTERM, handler)
        }
    }

    static func end() {
        let old = path
        path = nil
        free(old)
    }

    static let handler: @convention(c) (Int32) -> Void = { number in
        if let pending = CleanUp.path { unlink(pending) }
        signal(number, SIG_DFL)
        raise(number)
    }
}
