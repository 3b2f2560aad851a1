import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

/// Page 1 of every report says what kind of run it is: each bundled case and the portfolio,
/// in nn and en, official and what-if (an ad-hoc weight, a saved scenario, a rule switched
/// off). Read back from the PDF with `pdftotext`, as a board member's copy would read.
@Suite(.tags(.slow)) struct PageOneTests {
    struct Run: Sendable, CustomTestStringConvertible {
        let file: String
        let extra: [String]
        let language: String
        var testDescription: String { "\(file) \(extra.joined(separator: " ")) [\(language)]" }
    }

    static let runs: [Run] = ["nn", "en"].flatMap { language in
        [
            Run(file: "Cases/sogn/ureining-miljo-tilsyn.yaml", extra: [], language: language),
            Run(file: "Cases/sogn/ureining-miljo-tilsyn.yaml", extra: ["--weight", "reisetid=30"], language: language),
            Run(file: "Cases/sogn/ureining-miljo-tilsyn.scenario.reisetid.yaml", extra: [], language: language),
            Run(file: "Cases/sogn/ppt-vertskommune.yaml", extra: [], language: language),
            Run(file: "Cases/sogn/ppt-vertskommune.yaml", extra: ["--weight", "fagmiljo=40"], language: language),
            Run(file: "Cases/sogn/tenester-2027.yaml", extra: [], language: language),
            Run(file: "Cases/sogn/tenester-2027.yaml", extra: ["--rule-off", "balance"], language: language),
        ]
    }

    /// The PDF's text, whitespace collapsed, page 1 and all pages, and its title as a PDF
    /// viewer or an archive shows it.
    static func text(_ run: Run) throws -> (first: String, all: String, title: String) {
        let folder = TestSupport.temporaryFolder()
        let pdf = folder.appendingPathComponent("r.pdf").path
        let result = try CLI.run(
            ["report", run.file, "-o", pdf, "--date", "2026-02-10", "--samples", "2000", "--lang", run.language] + run.extra)
        #expect(result.status == 0, "\(result.stderr)")
        let tool = try ReportCommandTests.tool("pdftotext")
        func read(_ pages: [String]) throws -> String {
            try runProcess(tool, pages + [pdf, "-"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let info = try runProcess(try ReportCommandTests.tool("pdfinfo"), [pdf]).stdout
        let title = info.split(separator: "\n").first { $0.hasPrefix("Title:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) }
        return (try read(["-f", "1", "-l", "1"]), try read([]), title ?? "")
    }

    @Test("Page 1 names every deviation (or none), and a run with a rule off never claims every rule", arguments: runs)
    func pageOne(_ run: Run) throws {
        let (first, all, title) = try Self.text(run)
        let english = run.language == "en"
        let draft = english ? "Draft:" : "Utkast:"
        let scenario = english ? "Scenario:" : "Scenario:"
        // The title (window, archive list) and the running header on every page say it too.
        let pages = all.components(separatedBy: english ? "Page " : "Side ").count - 1
        if run.extra.isEmpty && !run.file.contains(".scenario.") {
            #expect(!title.hasPrefix(english ? "Draft" : "Utkast") && !title.hasPrefix("Scenario"), "\(title)")
        } else if run.extra.isEmpty {
            #expect(title.hasPrefix("Scenario «"), "\(title)")
            #expect(all.components(separatedBy: "Scenario · ").count - 1 >= pages, "a page without «Scenario» in its header")
        } else {
            #expect(title.hasPrefix(draft), "\(title)")
            let marker = (english ? "Draft" : "Utkast") + " · "
            #expect(all.components(separatedBy: marker).count - 1 >= pages, "a page without «\(marker)» in its header")
        }
        if run.extra.contains("--weight") {
            #expect(first.contains(draft))
            // The changed criterion, by its template name, with the template's share next to the used one.
            let criterion = run.extra[1].split(separator: "=")[0]
            let loaded = try Loader.loadCase(at: TestSupport.path(run.file))
            let name = try #require(loaded.template.criterion(Criterion.ID(String(criterion)))).name.text(english ? .en : .nn)
            #expect(first.lowercased().contains(name.lowercased()), "page 1 does not name \(name)")
            let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides)
            let percent = NumberFormat(english ? .en : .nn).percent(100 * weights.templateFraction(Criterion.ID(String(criterion))))
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(first.contains(percent), "page 1 lacks the template's \(percent)")
        } else if run.file.contains(".scenario.") {
            #expect(first.contains(scenario))
            #expect(first.contains(english ? "With the weights of the scenario" : "Med vektene i scenarioet"))
        } else if run.extra.contains("--rule-off") {
            #expect(first.contains(draft))
            #expect(first.contains(english ? "Balance band" : "Balanseband"))
            #expect(!all.contains(english ? "keeps every rule" : "held alle reglane"))
        } else {
            #expect(!first.contains(draft) && !first.contains("Scenario:"))
        }
    }
}
