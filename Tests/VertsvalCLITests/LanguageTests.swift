import Testing
import Vertsval
import VertsvalTestSupport

/// The command line in the chosen language: ArgumentParser's errors, help and the
/// language's sources (`--lang`, `VERTSVAL_LANG`, Nynorsk).
@Suite struct LanguageTests {
    static let caseFile = "Cases/sogn/ureining-miljo-tilsyn.yaml"

    /// One kind of command-line mistake, with the first line of stderr in Nynorsk and English.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var kind: String
        var arguments: [String]
        var nn: String
        var en: String
        var help = "vertsval evaluate --help"
        var testDescription: String { kind }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            kind: "missing value", arguments: ["evaluate", caseFile, "--format"],
            nn: "vertsval: feil: «--format <format>» manglar verdi", en: "vertsval: error: '--format <format>' needs a value"),
        Mistake(
            kind: "unknown option", arguments: ["evaluate", caseFile, "--wieght", "reisetid=30"],
            nn: "vertsval: feil: ukjend val «--wieght»; meinte du «--weight»?",
            en: "vertsval: error: unknown option '--wieght'; did you mean '--weight'?"),
        Mistake(
            kind: "invalid value from a list", arguments: ["evaluate", caseFile, "--format", "pdf"],
            nn: "vertsval: feil: «pdf» er ikkje ein gyldig verdi for «--format <format>»; vel «text», «markdown» eller «json»",
            en: "vertsval: error: 'pdf' is not a valid value for '--format <format>'; choose 'text', 'markdown' or 'json'"),
        Mistake(
            kind: "invalid number", arguments: ["optimize", "Cases/sogn/tenester-2027.yaml", "--alternatives", "mange"],
            nn: "vertsval: feil: «mange» er ikkje ein gyldig verdi for «--alternatives <alternatives>»",
            en: "vertsval: error: 'mange' is not a valid value for '--alternatives <alternatives>'", help: "vertsval optimize --help"),
        Mistake(
            kind: "missing argument", arguments: ["evaluate"],
            nn: "vertsval: feil: manglar argumentet «<file>»", en: "vertsval: error: missing argument '<file>'"),
        Mistake(
            kind: "unexpected argument", arguments: ["evaluate", caseFile, "ekstra.yaml"],
            nn: "vertsval: feil: uventa argument «ekstra.yaml»", en: "vertsval: error: unexpected argument 'ekstra.yaml'"),
        Mistake(
            kind: "value out of range", arguments: ["optimize", "Cases/sogn/tenester-2027.yaml", "--alternatives", "500"],
            nn: "vertsval: feil: --alternatives må vere mellom 0 og 100", en: "vertsval: error: --alternatives must be between 0 and 100",
            help: "vertsval optimize --help"),
    ]

    @Test("A command-line mistake is reported in Nynorsk by default, with a hint and exit code 64", arguments: mistakes)
    func nynorsk(_ mistake: Mistake) throws {
        let result = try CLI.run(mistake.arguments)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == mistake.nn + "\nSjå «\(mistake.help)».\n")
    }

    @Test("A command-line mistake is reported in English with --lang en", arguments: mistakes)
    func english(_ mistake: Mistake) throws {
        let result = try CLI.run(mistake.arguments + ["--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.split(separator: "\n").first.map(String.init) == mistake.en)
        #expect(result.stderr.hasSuffix("See '\(mistake.help)'.\n"))
    }

    @Test("VERTSVAL_LANG chooses the language when --lang is not given, and --lang wins over it")
    func environment() throws {
        let bokmal = try CLI.run(["evaluate", "--help"], language: "nb")
        #expect(bokmal.status == 0)
        #expect(bokmal.stdout.hasPrefix("OVERSIKT: Ranger kandidatene i en sak og forklar hvorfor."))
        let english = try CLI.run(["evaluate", "--help", "--lang=en"], language: "nb")
        #expect(english.stdout.hasPrefix("OVERVIEW: Rank the candidates of a case and explain why."))
        let wrong = try CLI.run(["evaluate"], language: "en")
        #expect(wrong.stderr.hasPrefix("vertsval: error: missing argument '<file>'"))
    }

    @Test(
        "--help of every command is in Nynorsk by default",
        arguments: [
            "demo", "evaluate", "sensitivity", "validate", "optimize", "share", "report", "serve", "convert-gap", "generate",
        ])
    func helpInNynorsk(command: String) throws {
        let result = try CLI.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERSYN: "))
        #expect(result.stdout.contains("\nVAL:\n"))
        #expect(result.stdout.contains("Vis hjelpa."))
        #expect(!result.stdout.contains("OPTIONS:"))
        #expect(!result.stdout.contains("(default:"))
    }

    @Test("--version still prints the version and exits 0")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr == "")
    }

    @Test(
        "Validate counts errors and files with the right plural",
        arguments: [
            (Language.nn, "1 fil er i orden."), (.en, "1 file OK."),
        ] as [(Language, String)])
    func validatePlural(language: Language, expected: String) throws {
        let result = try CLI.run(["validate", "Criteria/vertskommune-2025.yaml", "--lang", language.rawValue])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(expected + "\n"))
    }

    @Test("A broken YAML file is reported in the language, with file, line and column, and one error counted")
    func brokenYAML() throws {
        let folder = TestSupport.temporaryFolder()
        let path = TestSupport.write("kind: case\nid: sak\ntitle: \"Testsak\n", to: "case.yaml", in: folder)
        let nn = try CLI.run(["validate", path])
        #expect(nn.status == 1)
        #expect(nn.stderr.hasSuffix("1 feil og 0 åtvaringar.\n"))
        let en = try CLI.run(["validate", path, "--lang", "en"])
        #expect(en.stderr.contains("YAML syntax error: the quote at line 3, column 8 is never closed"))
        #expect(en.stderr.hasSuffix("1 error and 0 warnings.\n"))
    }
}
