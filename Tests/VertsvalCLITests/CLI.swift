import Foundation
import VertsvalTestSupport

/// Runs the built `vertsval` binary as a user would.
enum CLI {
    /// The `vertsval` executable next to the test bundle (or in `.build/debug`).
    static let executable: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let candidates = [
            beside.appendingPathComponent("vertsval").path,
            beside.deletingLastPathComponent().appendingPathComponent("vertsval").path,
            TestSupport.path(".build/debug/vertsval"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }()

    /// Runs `vertsval` with `arguments` in the package root (or `folder`).
    static func run(_ arguments: [String], in folder: URL? = nil) throws -> ProcessResult {
        try runProcess(executable, arguments, in: folder ?? TestSupport.packageRoot)
    }
}

/// Golden files: expected output that a person has read once. Set VERTSVAL_UPDATE_GOLDEN=1
/// to rewrite them after an intended change (and read the diff).
enum Golden {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/VertsvalCLITests/Golden")

    /// The golden text, or the actual text written as the new golden file when updating.
    static func expected(_ name: String, actual: String) -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["VERTSVAL_UPDATE_GOLDEN"] == "1" {
            try? Data(actual.utf8).write(to: url)
            return actual
        }
        return (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    }
}
