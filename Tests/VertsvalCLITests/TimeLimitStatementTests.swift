import Foundation
import Testing
import VertsvalTestSupport

/// Every command that solves a portfolio states the time limits it ran under and takes
/// the flags that change them: optimize, sensitivity, share and report.
@Suite struct TimeLimitStatementTests {
    static let portfolio = "Cases/sogn/tenester-2027.yaml"

    @Test("sensitivity and share on a portfolio state their limits, and --time-limit changes them", arguments: ["sensitivity", "share"])
    func stated(command: String) throws {
        let extra = command == "sensitivity" ? ["--samples", "20"] : []
        let plain = try CLI.run([command, Self.portfolio] + extra)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Tidsgrenser: 60 s per løysing"))
        let set = try CLI.run([command, Self.portfolio, "--time-limit", "7"] + extra)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("Tidsgrenser: 7 s per løysing"))
        let json = try CLI.run([command, Self.portfolio, "--time-limit", "7", "--format", "json"] + extra)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let limits = try #require((object["provenance"] as? [String: Any])?["timeLimits"] as? [String: Any])
        #expect(limits["solveSeconds"] as? Double == 7)
    }

    @Test("A portfolio report states its limits in the document")
    func report() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("r.md").path
        let result = try CLI.run(["report", Self.portfolio, "-o", path, "--samples", "20", "--time-limit", "9"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Tidsgrenser: 9 s per løysing"))
    }
}
