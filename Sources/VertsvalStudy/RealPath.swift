internal import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Real paths (symbolic links resolved), to keep reads and writes inside a folder.
public enum RealPath {
    /// The canonical absolute path of an existing file or folder, or nil.
    public static func of(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` exists and its real path lies inside the real path of `root`.
    public static func isInside(_ path: String, root: String) -> Bool {
        guard let real = of(path), let base = of(root) else { return false }
        return real == base || real.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    /// Whether `path` is a regular file (after following links): not a folder, device,
    /// socket or pipe, which could block or never end when read.
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
