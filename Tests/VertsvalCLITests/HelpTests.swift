import Testing
import VertsvalTestSupport

@Suite struct HelpTests {
    @Test("--help lists every command and matches the golden file")
    func help() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        for command in [
            "demo", "new", "describe", "evaluate", "sensitivity", "validate", "optimize", "share", "report", "serve", "convert-gap", "generate",
        ] {
            #expect(result.stdout.contains("  \(command)"), "missing \(command)")
        }
        let expected = try #require(Golden.expected("help.txt", actual: result.stdout))
        #expect(result.stdout == expected)
    }

    @Test("evaluate --help --lang en is all English and matches the golden file")
    func evaluateHelpInEnglish() throws {
        let result = try CLI.run(["evaluate", "--help", "--lang", "en"])
        #expect(result.status == 0)
        let expected = try #require(Golden.expected("help-evaluate.en.txt", actual: result.stdout))
        #expect(result.stdout == expected)
    }

    @Test(
        "Each command has help that names its options",
        arguments: [
            ("evaluate", "--weight"), ("optimize", "--export-lp"), ("sensitivity", "--weight-spread"), ("report", "--date"), ("serve", "--port"),
            ("new case", "--candidates"), ("new portfolio", "--region"), ("new template", "--title"), ("describe", "--format"),
        ])
    func commandHelp(command: String, option: String) throws {
        let result = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(option))
    }
}
