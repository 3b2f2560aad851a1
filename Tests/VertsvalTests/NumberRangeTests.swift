import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

/// Whole numbers in data files have ranges real data never leaves, so that no arithmetic
/// on them can overflow (a scale level of Int.min ended every command with SIGILL).
@Suite struct NumberRangeTests {
    @Test("An extreme scale level is refused at its place instead of trapping", arguments: ["-9223372036854775808", "9223372036854775807", "1001"])
    func extremeLevel(_ level: String) {
        let fixture = Fixture(template: { $0.replacingFirst("- { level: 1, label: Svakt }", with: "- { level: \(level), label: Svakt }") })
        let diagnostics = Loader.validate(paths: [fixture.path("case.yaml")]).filter { $0.severity == .error }
        #expect(!diagnostics.isEmpty)
        let lines = Fixture.template.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (lines.firstIndex { $0.contains("level: 1, label: Svakt") } ?? -2) + 1
        #expect(diagnostics.contains { $0.location.file.hasSuffix("template.yaml") && $0.location.line == line }, "\(diagnostics)")
        #expect(throws: ValidationFailure.self) { try Loader.loadCase(at: fixture.path("case.yaml")) }
    }
}
