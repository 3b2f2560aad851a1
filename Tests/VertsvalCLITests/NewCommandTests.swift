import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

/// `vertsval new`, `describe`, and the README's "Your own case": new case → describe →
/// fill in → validate → evaluate → report, as a user runs them.
@Suite struct NewCommandTests {
    static let newCase = [
        "new", "case", "--template", "Criteria/vertskommune-2025.yaml", "--region", "Cases/sogn/region.yaml", "--candidates", "ardal,laerdal",
        "--service", "Feiing",
    ]

    @Test("The README's own case: new case, describe, validate lists what is left, evaluate refuses with the same list, then runs when filled in")
    func ownCase() throws {
        let folder = TestSupport.temporaryFolder("cli-new-case")
        let path = folder.appendingPathComponent("feiing.yaml").path
        let made = try CLI.run(Self.newCase + ["-o", path])
        #expect(made.status == 0)
        #expect(made.stderr == "")
        #expect(
            made.stdout == """
                Skreiv \(path): 14 punkt står att å fylle inn.
                Neste steg:
                  Kva som skal fyllast inn:   vertsval describe \(path)
                  Kva som står att:           vertsval validate \(path)
                  Når alt er fylt inn:        vertsval evaluate \(path)
                  Rapport til saka (PDF):     vertsval report \(path) -o rapport.pdf

                """)

        let described = try CLI.run(["describe", path])
        #expect(described.status == 0)
        #expect(described.stdout.contains("«ardal» manglar skår på kriteriet «fagmiljo»; fyll inn «level:» og «why:»"))
        #expect(described.stdout.contains("3 = Eit lite fagmiljø (2–3 personar) med relevant kompetanse."))

        let validated = try CLI.run(["validate", path])
        #expect(validated.status == 0)
        #expect(validated.stdout == "1 fil er gyldig, men 14 punkt står att å fylle inn; ingenting blir rekna ut før alt er fylt inn.\n")
        let left = validated.stderr.split(separator: "\n").map(String.init)
        #expect(left.count == 14)
        #expect(left.allSatisfy { $0.hasPrefix(path + ":") && $0.contains(": åtvaring: ") })

        for command in ["evaluate", "sensitivity"] {
            let refused = try CLI.run([command, path])
            #expect(refused.status == 1)
            #expect(refused.stdout == "")
            #expect(
                refused.stderr.split(separator: "\n").map(String.init)
                    == left + ["vertsval: feil: datafilene er ikkje ferdig utfylte: 14 punkt står att (sjå over); ingenting er rekna ut"])
        }

        // Fill in every empty entry, as the README says.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let filled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            switch line {
            case "      level:": "      level: 3"
            case "      value:": "      value: 6"
            case "      why:": "      why: Vurdert i test."
            case "    willing:": "    willing: true"
            default: String(line)
            }
        }
        try Data(filled.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        let valid = try CLI.run(["validate", path])
        #expect(valid.status == 0)
        #expect(valid.stdout == "1 fil er i orden.\n")
        let evaluated = try CLI.run(["evaluate", path])
        #expect(evaluated.status == 0)
        #expect(evaluated.stdout.hasPrefix("Vertskommune for Feiing\n"))
        let pdf = folder.appendingPathComponent("feiing.pdf").path
        let report = try CLI.run(["report", path, "-o", pdf, "--date", "2026-02-23"])
        #expect(report.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Data("%PDF".utf8)))
    }

    @Test("An unknown candidate is refused with the valid ids (exit 64); an existing file without --force (exit 1)")
    func refusals() throws {
        let folder = TestSupport.temporaryFolder("cli-new-case")
        let path = folder.appendingPathComponent("feiing.yaml").path
        let unknown = try CLI.run(Self.newCase.map { $0 == "ardal,laerdal" ? "ardal,lardal" : $0 } + ["-o", path])
        #expect(unknown.status == 64)
        #expect(unknown.stdout == "")
        #expect(
            unknown.stderr
                == "vertsval: feil: «lardal» er ingen kommune i regionen «Sogn» (gyldige: vik, sogndal, aurland, laerdal, ardal, luster); meinte du «laerdal»?\n"
        )
        #expect(!FileManager.default.fileExists(atPath: path))

        #expect(try CLI.run(Self.newCase + ["-o", path]).status == 0)
        let again = try CLI.run(Self.newCase + ["-o", path, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr == "vertsval: error: '\(path)' already exists; choose another file name, or overwrite it with --force\n")
        #expect(try CLI.run(Self.newCase + ["-o", path, "--force"]).status == 0)
    }

    @Test("describe speaks the chosen language; new portfolio and new template write files that validate")
    func describeAndOtherFiles() throws {
        let template = try CLI.run(["describe", "Criteria/vertskommune-2025.yaml", "--lang", "nb"])
        #expect(template.status == 0)
        #expect(template.stdout.contains("En sak skal ha skår for hver kandidat på de 6 kriteriene som skåres for hånd"))
        let folder = TestSupport.temporaryFolder("cli-new-files")
        let portfolio = folder.appendingPathComponent("tenester.yaml").path
        let made = try CLI.run(["new", "portfolio", "--region", "Cases/sogn/region.yaml", "-o", portfolio])
        #expect(made.status == 0)
        #expect(try CLI.run(["validate", portfolio]).status == 0)
        #expect(try CLI.run(["optimize", portfolio]).status == 1)
        let draft = folder.appendingPathComponent("mal.yaml").path
        let written = try CLI.run(["new", "template", "-o", draft, "--title", "Mal for Sogn"])
        #expect(written.status == 0)
        #expect(written.stdout.hasPrefix("Skreiv \(draft)\n"))
        let checked = try CLI.run(["validate", draft])
        #expect(checked.stdout == "1 fil er i orden.\n")
    }

    @Test("describe a member's judgement: its member, and the weights it gives by criterion id, adding up to 100 %")
    func describeJudgement() throws {
        let result = try CLI.run(["describe", "Cases/sogn/judgements/ardal.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let judgement = try #require(
            {
                if case let .judgement(judgement, _) = try Loader.load(at: TestSupport.path("Cases/sogn/judgements/ardal.yaml")) { return judgement }
                return nil
            }())
        #expect(result.stdout.hasPrefix(judgement.member + "\n"))
        for (id, weight) in zip(judgement.criteria, judgement.weights) {
            let shown = NumberFormat(.nn).percent(100 * weight, decimals: 1)
            #expect(result.stdout.split(separator: "\n").contains { $0.contains(id.rawValue) && $0.hasSuffix(shown) })
        }
        #expect(abs(judgement.weights.reduce(0, +) - 1) < 1e-9)
    }
}
