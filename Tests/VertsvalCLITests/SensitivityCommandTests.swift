import Foundation
import Testing
import VertsvalTestSupport

@Suite struct SensitivityCommandTests {
    @Test("sensitivity on a case: the documented JSON, reproducible with the seed")
    func caseJSON() throws {
        let arguments = ["sensitivity", "Cases/sogn/ppt-vertskommune.yaml", "--samples", "20000", "--seed", "11", "--format", "json"]
        let first = try CLI.run(arguments)
        let second = try CLI.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "vertsval.sensitivity/1")
        #expect(json["samples"] as? Int == 20000)
        #expect(json["seed"] as? Int == 11)
        let acceptability = try #require(json["rankAcceptability"] as? [String: [Double]])
        #expect(Set(acceptability.keys) == ["sogndal", "ardal", "laerdal"])
        for rank in 0..<3 {
            #expect(abs(acceptability.values.reduce(0) { $0 + $1[rank] } - 1) < 1e-9)
        }
        #expect(json["standardError"] is [String: [Double]])
        #expect(json["centralWeights"] is [String: Any])
        #expect(json["confidence"] is [String: Any])
        #expect((json["curves"] as? [Any])?.count == 8)
    }

    @Test("--weight-spread changes the spread and says so")
    func spread() throws {
        let result = try CLI.run([
            "sensitivity", "Cases/sogn/ureining-miljo-tilsyn.yaml", "--samples", "5000", "--weight-spread", "50", "--format", "markdown",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("innanfor ±50\u{00A0}% av vektene i malen"))
        let bad = try CLI.run(["sensitivity", "Cases/sogn/ureining-miljo-tilsyn.yaml", "--weight-spread", "150"])
        #expect(bad.status == 64)
    }

    @Test("sensitivity on a portfolio: how often each service keeps its host")
    func portfolio() throws {
        let result = try CLI.run(["sensitivity", "Cases/sogn/tenester-2027.yaml", "--samples", "100", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["kind"] as? String == "portfolio")
        let services = try #require(json["services"] as? [[String: Any]])
        #expect(services.count == 9)
        #expect(services.allSatisfy { ($0["kept"] as? Double).map { (0...1).contains($0) } == true })
    }
}
