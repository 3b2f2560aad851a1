internal import HTTPTypes
internal import NIOCore
internal import Foundation
internal import Vertsval

/// Safe access to the data files under the workbench's root folder.
struct DataFiles: Sendable {
    let root: String

    /// One data file the workbench can open.
    struct Entry: Encodable, Sendable {
        let path: String
        let kind: String
        let title: String
    }

    /// `relative` resolved inside the root, or an error: absolute paths, `..` that leaves
    /// the root, and anything but `.yaml` files are refused.
    func resolve(_ relative: String?, language: Language) throws(WorkbenchError) -> String {
        let t = Phrasebook(language)
        guard let relative, !relative.isEmpty else {
            throw WorkbenchError(.badRequest, t.pick(
                nn: "ingen datafil er vald; opne saka frå lista over saker",
                nb: "ingen datafil er valgt; åpne saken fra listen over saker",
                en: "no data file chosen; open the case from the list of cases"))
        }
        guard !relative.hasPrefix("/"), relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else {
            throw WorkbenchError(.badRequest, t.pick(
                nn: "«\(relative)» er ikkje ei datafil; vel ei .yaml-fil under mappa til arbeidsbenken",
                nb: "«\(relative)» er ikke en datafil; velg en .yaml-fil under mappen til arbeidsbenken",
                en: "'\(relative)' is not a data file; choose a .yaml file under the workbench folder"))
        }
        let normalized = Loader.resolvePath(relative, relativeTo: "x")
        guard !normalized.hasPrefix(".."), !normalized.contains("/../") else {
            throw WorkbenchError(.forbidden, t.pick(
                nn: "«\(relative)» ligg utanfor mappa til arbeidsbenken",
                nb: "«\(relative)» ligger utenfor mappen til arbeidsbenken",
                en: "'\(relative)' is outside the workbench folder"))
        }
        let path = root == "." ? normalized : root + "/" + normalized
        guard FileManager.default.fileExists(atPath: path) else {
            throw WorkbenchError(.notFound, t.pick(
                nn: "datafila «\(relative)» finst ikkje", nb: "datafilen «\(relative)» finnes ikke", en: "no such data file: '\(relative)'"))
        }
        return path
    }

    /// The path as the page shows it (relative to the root).
    func relative(_ path: String) -> String {
        root == "." || !path.hasPrefix(root + "/") ? path : String(path.dropFirst(root.count + 1))
    }

    /// Every case, scenario and portfolio under `Cases/`, sorted by path.
    func list(language: Language) -> [Entry] {
        let base = root == "." ? "Cases" : root + "/Cases"
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var entries: [Entry] = []
        while let name = enumerator.nextObject() as? String {
            guard name.hasSuffix(".yaml") else { continue }
            let path = base + "/" + name
            guard let kind = Loader.kind(ofFileAt: path), [.case, .portfolio, .scenario].contains(kind) else { continue }
            entries.append(Entry(path: relative(path), kind: kind.rawValue, title: title(of: path, kind: kind, language: language)))
        }
        return entries.sorted { $0.path < $1.path }
    }

    private func title(of path: String, kind: DataKind, language: Language) -> String {
        switch kind {
        case .case: (try? Loader.loadCase(at: path))?.case.title.text(language) ?? path
        case .portfolio: (try? Loader.loadPortfolio(at: path))?.portfolio.title.text(language) ?? path
        case .scenario: (try? Loader.loadScenario(at: path))?.scenario.title.text(language) ?? path
        default: path
        }
    }
}
