internal import Foundation
public import Vertsval

/// The cases, scenarios and portfolios under a folder's `Cases/`, for choosing one.
public enum DataCatalog {
    /// One data file.
    public struct Entry: Sendable {
        /// The path relative to the folder.
        public let path: String
        /// Its kind.
        public let kind: DataKind
        /// Its title, or nil when the file (or one it refers to) has errors.
        public let title: LocalizedText?
    }

    /// Every case, scenario and portfolio under `root/Cases`, sorted by path; a file with
    /// errors is listed without a title (opening it shows the errors).
    public static func list(root: String) -> [Entry] {
        let base = root == "." ? "Cases" : root + "/Cases"
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var entries: [Entry] = []
        while let name = enumerator.nextObject() as? String {
            guard name.hasSuffix(".yaml") else { continue }
            let path = base + "/" + name
            // Nothing a link leads to outside the folder, and only regular files.
            guard RealPath.isInside(path, root: root), RealPath.isRegularFile(path) else { continue }
            let relative = root == "." ? path : String(path.dropFirst(root.count + 1))
            if let entry = entry(path, relative: relative) { entries.append(entry) }
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// The entry for a file that loads (read once), or for one with errors (its `kind:`
    /// read again, without a title); nil for other kinds.
    static func entry(_ path: String, relative: String) -> Entry? {
        do {
            switch try Loader.load(at: path) {
            case .case(let loaded): return Entry(path: relative, kind: .case, title: loaded.case.title)
            case .portfolio(let loaded): return Entry(path: relative, kind: .portfolio, title: loaded.portfolio.title)
            case .scenario(let loaded): return Entry(path: relative, kind: .scenario, title: loaded.scenario.title)
            case .template, .region, .judgement: return nil
            }
        } catch {
            guard let kind = Loader.kind(ofFileAt: path), [.case, .portfolio, .scenario].contains(kind) else { return nil }
            return Entry(path: relative, kind: kind, title: nil)
        }
    }
}
