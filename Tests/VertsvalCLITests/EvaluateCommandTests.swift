import Foundation
import SplitMix
import Testing
import Vertsval
import VertsvalTestSupport

@Suite struct EvaluateCommandTests {
    static let bundled = "Cases/sogn/ureining-miljo-tilsyn.yaml"

    @Test(
        "Output of the bundled case matches the golden files",
        arguments: [("text", "nn"), ("text", "en"), ("markdown", "nn"), ("markdown", "en"), ("json", "nn"), ("json", "en")])
    func golden(format: String, language: String) throws {
        let result = try CLI.run(["evaluate", Self.bundled, "--format", format, "--lang", language])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let ext = ["text": "txt", "markdown": "md", "json": "json"][format] ?? format
        let name = "evaluate-ureining.\(language).\(ext)"
        let expected = try #require(Golden.expected(name, actual: result.stdout), "missing golden file \(name)")
        #expect(result.stdout == expected)
    }

    @Test("JSON has the documented fields, contributions sum to totals and weights to 100")
    func jsonSchema() throws {
        let result = try CLI.run(["evaluate", Self.bundled, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "vertsval.evaluation/1")
        let weights = try #require(json["weights"] as? [String: Double])
        #expect(abs(weights.values.reduce(0, +) - 100) < 1e-9)
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        #expect(candidates.map { $0["municipality"] as? String } == ["luster", "sogndal"])
        #expect(candidates.map { $0["rank"] as? Int } == [1, 2])
        for candidate in candidates {
            let total = try #require(candidate["total"] as? Double)
            let contributions = try #require(candidate["contributions"] as? [String: Double])
            #expect(abs(contributions.values.reduce(0, +) - total) < 1e-9)
            #expect(candidate["excluded"] as? Bool == false)
            #expect((candidate["exclusionReasons"] as? [Any])?.isEmpty == true)
        }
        let swaps = try #require(json["swaps"] as? [[String: Any]])
        #expect(swaps.count == 8)
        // "never" is an explicit null, not a missing key.
        let fagmiljo = try #require(swaps.first { $0["criterion"] as? String == "fagmiljo" })
        #expect(fagmiljo.keys.contains("weightAtSwap"))
        #expect(fagmiljo["weightAtSwap"] is NSNull)
        let kontinuitet = try #require(swaps.first { $0["criterion"] as? String == "kontinuitet" })
        #expect(kontinuitet["weightNow"] as? Double == 10)
        #expect((kontinuitet["weightAtSwap"] as? Double).map { $0 > 0 && $0 < 10 } == true)
    }

    @Test("--weight changes the weights for this run and says so")
    func weightOverride() throws {
        let result = try CLI.run(["evaluate", Self.bundled, "--weight", "reisetid=30", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains("Vekta på reisetid i regionen er endra for denne køyringa frå 12,0\u{00A0}% til 25,4\u{00A0}% (12 → 30 poeng)."))
        #expect(result.stdout.contains("| Reisetid i regionen | 12,0\u{00A0}% | 25,4\u{00A0}% | endra |"))
        #expect(result.stdout.contains("Sogndal er rangert først"))
        let json = try CLI.run(["evaluate", Self.bundled, "--weight", "reisetid=30", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["weightsChanged"] as? Bool == true)
        let templateWeights = try #require(object["templateWeights"] as? [String: Double])
        #expect(templateWeights["reisetid"] == 12)
    }

    @Test("An unknown criterion in --weight names the closest id and exits with the usage code")
    func unknownWeight() throws {
        let result = try CLI.run(["evaluate", Self.bundled, "--weight", "fagmijlo=30"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "vertsval: feil: ukjend kriterium «fagmijlo»; meinte du «fagmiljo»?\n")
    }

    @Test("A malformed --weight is a usage error")
    func malformedWeight() throws {
        let result = try CLI.run(["evaluate", Self.bundled, "--weight", "fagmiljo"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
    }

    @Test("Invalid input: exit 1, every message on stderr, nothing on stdout")
    func invalidInput() throws {
        let folder = TestSupport.temporaryFolder()
        let fixture = Fixture(case: { $0.replacingFirst("level: 3,", with: "level: 9,").replacingFirst("value: 10,", with: "value: x,") })
        _ = folder
        let result = try CLI.run(["evaluate", "case.yaml"], in: fixture.folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                case.yaml:13:19: feil: nivå 9 finst ikkje på skalaen; bruk eit heilt tal frå 1 til 3
                case.yaml:14:20: feil: venta eit tal (desimalpunktum, til dømes 2.5), fann «x»
                2 feil; ingenting er rekna ut.

                """)
    }

    @Test("A missing file names the closest existing one")
    func missingFile() throws {
        let result = try CLI.run(["evaluate", "Cases/sogn/ureining-miljo-tilsin.yaml"])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "Cases/sogn/ureining-miljo-tilsin.yaml: feil: fila «Cases/sogn/ureining-miljo-tilsin.yaml» finst ikkje; meinte du «Cases/sogn/ureining-miljo-tilsyn.yaml»?"
            ))
    }

    @Test("The four-candidate case shows the excluded candidate last, without rank")
    func fourCandidates() throws {
        let result = try CLI.run(["evaluate", "Cases/sogn/ppt-vertskommune.yaml", "--lang", "nb", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Vik faller ut fordi kommunen har sagt at den ikke vil være vertskommune."))
        #expect(result.stdout.contains("| – | Vik | 33,1 | utelukket |"))
        #expect(result.stdout.contains("Saken endrer vekten på reisetid i regionen fra 12,0\u{00A0}% til 17,0\u{00A0}%"))
    }
}

@Suite struct OtherCommandTests {
    @Test("validate lists every problem in every file and exits 1")
    func validateMany() throws {
        let fixture = Fixture(
            template: { $0.replacingFirst("weight: 30", with: "weigth: 30") },
            region: { $0.replacingFirst("c: 60", with: "c: -60") })
        let result = try CLI.run(["validate", "case.yaml", "region.yaml", "template.yaml"], in: fixture.folder)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                region.yaml:12:20: feil: reisetida frå «a» til «c» er negativ (−60 min)
                template.yaml:22:9: feil: ukjend nøkkel «weigth»; meinte du «weight»?
                2 feil og 0 åtvaringar.

                """)
    }

    @Test("validate accepts the bundled data")
    func validateBundled() throws {
        let result = try CLI.run([
            "validate", "Criteria/vertskommune-2025.yaml", "Cases/sogn/region.yaml", "Cases/sogn/ureining-miljo-tilsyn.yaml",
            "Cases/sogn/ppt-vertskommune.yaml",
        ])
        #expect(result.stderr == "")
        #expect(result.stdout == "4 filer er i orden.\n")
        #expect(result.status == 0)
    }

    @Test("demo evaluates the bundled case and says where to look next")
    func demo() throws {
        let result = try CLI.run(["demo"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Luster er rangert først"))
        #expect(result.stdout.contains("Kva no?"))
        #expect(result.stdout.contains("vertsval evaluate Cases/sogn/ppt-vertskommune.yaml"))
    }

    @Test("A bad flag gives ArgumentParser's usage exit code")
    func badFlag() throws {
        let result = try CLI.run(["evaluate", "--lang", "de", "Cases/sogn/ureining-miljo-tilsyn.yaml"])
        #expect(result.status == 64)
    }

    @Test("Garbage input never crashes: only exit code 0 or 1, never a trap", arguments: 0..<60)
    func noCrash(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 7919)
        let fixture = Fixture()
        // Mutate the case, the template or the region in turn.
        let target = ["case.yaml", "template.yaml", "region.yaml"][seed % 3]
        let source = [Fixture.caseFile, Fixture.template, Fixture.region][seed % 3]
        let original = Array(source.utf8)
        var bytes = original
        // Mutate: truncate, flip bytes, insert YAML punctuation.
        let punctuation: [UInt8] = Array("{}[]:-,&*!|>'\"%@`#\n\t ".utf8)
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            let index = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0...3, using: &rng) {
            case 0: bytes = Array(bytes.prefix(index))
            case 1: bytes[index] = UInt8.random(in: 0...255, using: &rng)
            case 2: bytes.insert(punctuation.randomElement(using: &rng) ?? 58, at: index)
            default: bytes.remove(at: index)
            }
            if bytes.isEmpty { break }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: fixture.path(target)))
        let result = try CLI.run(["evaluate", "case.yaml", "--format", "json"], in: fixture.folder)
        #expect([0, 1].contains(result.status), "exit \(result.status): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        if result.status == 1 { #expect(result.stdout == "") }
    }
}
