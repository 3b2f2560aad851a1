import Foundation
import Testing
import VertsvalTestSupport

@Suite struct OptimizeCommandTests {
    static let portfolio = "Cases/sogn/tenester-2027.yaml"

    @Test("Output of the Sogn portfolio matches the golden files", arguments: [("text", "nn"), ("json", "nn"), ("markdown", "en")])
    func golden(format: String, language: String) throws {
        let result = try CLI.run(["optimize", Self.portfolio, "--alternatives", "3", "--format", format, "--lang", language])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let ext = ["text": "txt", "markdown": "md", "json": "json"][format] ?? format
        let name = "optimize-tenester.\(language).\(ext)"
        let expected = try #require(Golden.expected(name, actual: result.stdout), "missing golden file \(name)")
        #expect(result.stdout == expected)
    }

    @Test("JSON has the documented fields")
    func json() throws {
        let result = try CLI.run(["optimize", Self.portfolio, "--alternatives", "2", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "vertsval.assignment/1")
        #expect(json["status"] as? String == "optimal")
        let assignment = try #require(json["assignment"] as? [[String: Any]])
        #expect(assignment.count == 9)
        #expect(assignment.first?["host"] as? String == "sogndal")
        let objective = try #require(json["objective"] as? Double)
        let unconstrained = try #require(json["unconstrainedObjective"] as? Double)
        #expect(unconstrained >= objective)
        #expect(json["bindingRules"] is [Any])
        let alternatives = try #require(json["alternatives"] as? [[String: Any]])
        #expect(alternatives.allSatisfy { ($0["objective"] as? Double ?? .infinity) <= objective })
        #expect(json["conflicts"] as? [Any] != nil)
    }

    @Test("Infeasible rules: exit 3, the diagnosis printed, conflicts in JSON")
    func infeasible() throws {
        // A copy of the bundled data with the separation rule changed to one that cannot hold.
        let base = TestSupport.temporaryFolder()
        let folder = base.appendingPathComponent("Cases/sogn")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: base.appendingPathComponent("Criteria"), withIntermediateDirectories: true)
        let text = try String(contentsOfFile: TestSupport.path(Self.portfolio), encoding: .utf8)
            .replacingFirst("services: [lonn, naering]", with: "services: [barnevern, ppt]")
        for file in ["region.yaml", "ureining-miljo-tilsyn.yaml", "ppt-vertskommune.yaml"] {
            try FileManager.default.copyItem(atPath: TestSupport.path("Cases/sogn/\(file)"), toPath: folder.appendingPathComponent(file).path)
        }
        try FileManager.default.copyItem(
            atPath: TestSupport.path("Cases/sogn/judgements"), toPath: folder.appendingPathComponent("judgements").path)
        try FileManager.default.copyItem(
            atPath: TestSupport.path("Criteria/vertskommune-2025.yaml"),
            toPath: base.appendingPathComponent("Criteria/vertskommune-2025.yaml").path)
        TestSupport.write(text, to: "tenester.yaml", in: folder)
        let result = try CLI.run(["optimize", "tenester.yaml"], in: folder)
        #expect(result.status == 3)
        // Sentences as read, whatever the line width.
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Ingen fordeling held alle reglane samstundes."))
        #expect(words.contains("Regelen om at barnevern og PPT (pedagogisk-psykologisk teneste) skal ha ulike"))
        let json = try CLI.run(["optimize", "tenester.yaml", "--format", "json"], in: folder)
        #expect(json.status == 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let conflicts = try #require(object["conflicts"] as? [[String: Any]])
        #expect(conflicts.map { $0["rule"] as? String } == ["apart:barnevern+ppt"])
    }

    @Test("--export-lp and --export-mps write the model")
    func export() throws {
        let folder = TestSupport.temporaryFolder()
        let lp = folder.appendingPathComponent("m.lp").path
        let mps = folder.appendingPathComponent("m.mps").path
        let result = try CLI.run(["optimize", Self.portfolio, "--export-lp", lp, "--export-mps", mps, "--format", "json"])
        #expect(result.status == 0)
        let lpText = try String(contentsOfFile: lp, encoding: .utf8)
        #expect(lpText.contains("Maximize"))
        #expect(lpText.contains("assign_barnevern"))
        let mpsText = try String(contentsOfFile: mps, encoding: .utf8)
        #expect(mpsText.contains("OBJSENSE"))
    }

    @Test("share splits a case's budget 25 % equally and 75 % by population")
    func shareCase() throws {
        let result = try CLI.run(["share", "Cases/sogn/ureining-miljo-tilsyn.yaml", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let services = try #require(json["services"] as? [[String: Any]])
        let amounts = try #require(services.first?["amounts"] as? [String: Double])
        #expect(abs((amounts["sogndal"] ?? 0) - 5_400_000 * (0.25 / 6 + 0.75 * 12097 / 28990)) < 1e-6)
        #expect(abs(amounts.values.reduce(0, +) - 5_400_000) < 1e-6)
    }

    @Test("share on a portfolio shows jobs against cost")
    func sharePortfolio() throws {
        let result = try CLI.run(["share", Self.portfolio])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Arbeidsplassar mot kostnad"))
        #expect(
            result.stdout.contains(
                "Kostnaden blir delt med 25 % likt mellom kommunane og 75 % etter folketal".replacingOccurrences(of: " %", with: "\u{00A0}%")))
    }

    @Test("convert-gap on a malformed file: exit 1, file, line and column of the bad number, nothing written")
    func convertGAPBadFile() throws {
        let folder = TestSupport.temporaryFolder()
        let input = folder.appendingPathComponent("bad.txt")
        try "2 3\n1 2 3\n4 x 6\n".write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.yaml")
        let result = try CLI.run(["convert-gap", input.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt:3:3: expected whitespace-separated integers, found 'x'"), "\(result.stderr)")
        #expect(!result.stderr.contains("Usage"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("generate writes into a folder that does not exist yet, creating the folders on the way")
    func generateCreatesFolder() throws {
        let output = TestSupport.temporaryFolder().appendingPathComponent("new/nested/county.yaml")
        #expect(!FileManager.default.fileExists(atPath: output.deletingLastPathComponent().path))
        let result = try CLI.run(["generate", "--municipalities", "4", "--services", "3", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let region = output.deletingLastPathComponent().appendingPathComponent("county-region.yaml")
        #expect(FileManager.default.fileExists(atPath: output.path))
        #expect(FileManager.default.fileExists(atPath: region.path))
        // What was written is a valid portfolio.
        let validated = try CLI.run(["validate", output.path])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
    }

    @Test("convert-gap writes into a folder that does not exist yet, creating the folders on the way")
    func convertGAPCreatesFolder() throws {
        let folder = TestSupport.temporaryFolder()
        let input = folder.appendingPathComponent("tiny.txt")
        // One instance: 2 agents, 3 jobs; profits, resources, capacities.
        try "1\n2 3\n5 6 7\n8 9 4\n1 1 1\n1 1 1\n3 3\n".write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("a/b/tiny.yaml")
        let result = try CLI.run(["convert-gap", input.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("a/b/tiny-region.yaml").path))
        let validated = try CLI.run(["validate", output.path])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
    }
}
