import Foundation
import Testing
import VertsvalTestSupport

/// `vertsval sheet export|import` as a user runs them: a new case filled from a sheet, with
/// no edit by hand, through validate, evaluate and report; refusals with their exit codes.
@Suite struct SheetCommandTests {
    @Test("new case → sheet export → fill the sheet → sheet import --as-scores → validate → evaluate → report, without editing the case")
    func caseFromSheet() throws {
        let folder = TestSupport.temporaryFolder("cli-sheet")
        let path = folder.appendingPathComponent("feiing.yaml").path
        let sheet = folder.appendingPathComponent("skår.csv").path
        #expect(try CLI.run(NewCommandTests.newCase + ["-o", path]).status == 0)
        let exported = try CLI.run(["sheet", "export", path, "-o", sheet])
        #expect(exported.status == 0)
        #expect(exported.stdout == "Skreiv \(sheet): 14 rader å fylle ut.\n")

        // The assessor fills every row: a level (the scale's column says which), a value with a
        // decimal comma for a measure, yes for willingness; a why and a source each.
        var rows = SheetCells.rows(String(decoding: try Data(contentsOf: URL(fileURLWithPath: sheet)), as: UTF8.self))
        #expect(rows.count == 15)
        for index in rows.indices.dropFirst() {
            let scale = rows[index][4]
            rows[index][6] = scale.hasPrefix("1 = ") ? "3" : scale.hasPrefix("ja") ? "ja" : "6,5"
            rows[index][7] = "Vurdert av Kari; rad \(index + 1)"
            rows[index][8] = "Notat \(index + 1)"
        }
        let filled = folder.appendingPathComponent("skår-kari.csv").path
        try Data(SheetCells.text(rows).utf8).write(to: URL(fileURLWithPath: filled))
        let imported = try CLI.run(["sheet", "import", path, filled, "--as-scores"])
        #expect(imported.status == 0)
        #expect(imported.stderr == "")
        #expect(imported.stdout == "Skreiv 14 skårar inn i \(path).\n")

        let valid = try CLI.run(["validate", path])
        #expect(valid.stdout == "1 fil er i orden.\n")
        #expect(valid.stderr == "")
        let evaluated = try CLI.run(["evaluate", path])
        #expect(evaluated.status == 0)
        #expect(evaluated.stdout.hasPrefix("Vertskommune for Feiing\n"))
        let pdf = folder.appendingPathComponent("feiing.pdf").path
        #expect(try CLI.run(["report", path, "-o", pdf, "--date", "2026-02-23"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Data("%PDF".utf8)))

        // The sheet exported again shows the imported scores as the current ones.
        let again = folder.appendingPathComponent("igjen.csv").path
        #expect(try CLI.run(["sheet", "export", path, "-o", again]).status == 0)
        let current = SheetCells.rows(String(decoding: try Data(contentsOf: URL(fileURLWithPath: again)), as: UTF8.self))
        #expect(current.dropFirst().map { $0[5] } == rows.dropFirst().map { $0[6] })
    }

    @Test("--score on report: the report's first note names the score tried, in Markdown as in the PDF")
    func scoreOnReport() throws {
        let folder = TestSupport.temporaryFolder("cli-score")
        let markdown = folder.appendingPathComponent("r.md").path
        let run = try CLI.run([
            "report", "Cases/sogn/ureining-miljo-tilsyn.yaml", "--score", "luster.fagmiljo=2", "-o", markdown, "--date", "2026-02-23",
        ])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.contains("Luster har nivå 2 på «Fagmiljø og robustheit» i staden for nivå 4 som i saka."))
        #expect(URL(fileURLWithPath: markdown).lastPathComponent == "r.md")
        let pdf = folder.appendingPathComponent("r.pdf").path
        #expect(
            try CLI.run(["report", "Cases/sogn/ureining-miljo-tilsyn.yaml", "--score", "luster.fagmiljo=2", "-o", pdf, "--date", "2026-02-23"])
                .status == 0)
        let pages = try runProcess("/usr/bin/pdftotext", ["-l", "1", pdf, "-"])
        if pages.status == 0 {
            #expect(pages.stdout.replacingOccurrences(of: "\n", with: " ").contains("i staden for nivå 4 som i saka"))
        }
    }

    @Test("A bad sheet exits 1 with each cell located and the case untouched; --assessor and --as-scores go one at a time (exit 64)")
    func refusals() throws {
        let folder = TestSupport.temporaryFolder("cli-sheet-refusals")
        let path = folder.appendingPathComponent("feiing.yaml").path
        #expect(try CLI.run(NewCommandTests.newCase + ["-o", path]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let sheet = folder.appendingPathComponent("ark.csv").path
        let rows = [["candidate", "criterion", "level/value", "why"], ["ardal", "fagmiljo", "0", "x"], ["laerdal", "lokale", "2", ""]]
        try Data(SheetCells.text(rows).utf8).write(to: URL(fileURLWithPath: sheet))
        let refused = try CLI.run(["sheet", "import", path, sheet, "--assessor", "Kari Nordmann", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.stderr == """
                \(sheet):2:3: error: level 0 is outside the scale; write a level from 1 to 5
                \(sheet):3:4: error: the score has no rationale; write why in the same row
                vertsval: error: 2 errors in the sheet; nothing was written into the case

                """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        for flags in [[String](), ["--assessor", "Kari", "--as-scores"]] {
            let both = try CLI.run(["sheet", "import", path, sheet] + flags)
            #expect(both.status == 64)
            #expect(both.stderr.contains("vel anten --assessor \"Namn\" eller --as-scores"))
        }
    }
}
