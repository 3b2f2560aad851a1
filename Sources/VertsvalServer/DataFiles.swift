internal import Foundation
internal import HTTPTypes
internal import NIOCore
internal import Vertsval
internal import VertsvalStudy

/// Safe access to the data files under the workbench's root folder.
struct DataFiles: Sendable {
    let root: String

    /// `relative` resolved inside the root, or an error: absolute paths, `..` that leaves
    /// the root, and anything but `.yaml` files are refused.
    func resolve(_ relative: String?, language: Language) throws(WorkbenchError) -> String {
        let t = Phrasebook(language)
        guard let relative, !relative.isEmpty else {
            throw WorkbenchError(
                .badRequest,
                t.pick(
                    nn: "ingen datafil er vald; opne saka frå lista over saker",
                    nb: "ingen datafil er valgt; åpne saken fra listen over saker",
                    en: "no data file chosen; open the case from the list of cases"))
        }
        guard !relative.hasPrefix("/"), relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else {
            throw WorkbenchError(
                .badRequest,
                t.pick(
                    nn: "«\(relative)» er ikkje ei datafil; vel ei .yaml-fil under mappa til arbeidsbenken",
                    nb: "«\(relative)» er ikke en datafil; velg en .yaml-fil under mappen til arbeidsbenken",
                    en: "'\(relative)' is not a data file; choose a .yaml file under the workbench folder"))
        }
        let normalized = Loader.resolvePath(relative, relativeTo: "x")
        guard !normalized.hasPrefix(".."), !normalized.contains("/../") else {
            throw WorkbenchError(
                .forbidden,
                t.pick(
                    nn: "«\(relative)» ligg utanfor mappa til arbeidsbenken",
                    nb: "«\(relative)» ligger utenfor mappen til arbeidsbenken",
                    en: "'\(relative)' is outside the workbench folder"))
        }
        let path = root == "." ? normalized : root + "/" + normalized
        guard FileManager.default.fileExists(atPath: path) else {
            throw WorkbenchError(
                .notFound,
                t.pick(
                    nn: "datafila «\(relative)» finst ikkje", nb: "datafilen «\(relative)» finnes ikke", en: "no such data file: '\(relative)'"))
        }
        // The real path decides: a symbolic link may not lead out of the root, and only a
        // regular file is read (a device or a pipe could block or never end).
        guard RealPath.isInside(path, root: root), RealPath.isRegularFile(path) else {
            throw WorkbenchError(
                .forbidden,
                t.pick(
                    nn: "«\(relative)» ligg utanfor mappa til arbeidsbenken eller er inga vanleg fil",
                    nb: "«\(relative)» ligger utenfor mappen til arbeidsbenken eller er ingen vanlig fil",
                    en: "'\(relative)' is outside the workbench folder or not a regular file"))
        }
        return path
    }

    /// The path as the page shows it (relative to the root).
    func relative(_ path: String) -> String {
        root == "." || !path.hasPrefix(root + "/") ? path : String(path.dropFirst(root.count + 1))
    }
}
