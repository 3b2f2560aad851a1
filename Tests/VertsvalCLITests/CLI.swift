import Foundation
import VertsvalTestSupport

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
