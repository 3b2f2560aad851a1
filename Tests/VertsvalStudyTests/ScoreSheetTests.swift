import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

@testable import VertsvalStudy

/// `vertsval sheet export|import`: the sheet's form, the round trip, what is written into the
/// case (and what is kept of it), and every refusal with its exact message.
@Suite struct ScoreSheetTests {
    static let template = TestSupport.path("Criteria/vertskommune-2025.yaml")
    static let region = TestSupport.path("Cases/sogn/region.yaml")

    /// A new, unfinished case for `candidates` in a fresh folder.
    func newCase(_ candidates: [String] = ["ardal", "laerdal"]) throws -> String {
        let folder = TestSupport.temporaryFolder("score-sheet")
        let path = folder.appendingPathComponent("feiing.yaml").path
        _ = try NewCase.run(
            NewCase.Request(templatePath: Self.template, regionPath: Self.region, candidates: candidates, service: "Feiing", output: path))
        return path
    }

    /// A copy of the bundled four-candidate case, with its template and region beside it.
    func bundledCopy() throws -> String {
        let folder = TestSupport.temporaryFolder("score-sheet-ppt")
        let cases = folder.appendingPathComponent("Cases/sogn")
        let criteria = folder.appendingPathComponent("Criteria")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: criteria, withIntermediateDirectories: true)
        for (from, to) in [
            ("Cases/sogn/ppt-vertskommune.yaml", cases.appendingPathComponent("ppt.yaml")),
            ("Cases/sogn/region.yaml", cases.appendingPathComponent("region.yaml")),
            ("Criteria/vertskommune-2025.yaml", criteria.appendingPathComponent("vertskommune-2025.yaml")),
        ] {
            try FileManager.default.copyItem(atPath: TestSupport.path(from), toPath: to.path)
        }
        return cases.appendingPathComponent("ppt.yaml").path
    }

    func export(_ casePath: String, language: Language = .nn) throws -> String {
        let output = URL(fileURLWithPath: casePath).deletingLastPathComponent().appendingPathComponent("ark-\(UUID().uuidString).csv").path
        _ = try ExportScoreSheet.run(ExportScoreSheet.Request(casePath: casePath, output: output, language: language))
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
    }

    func write(_ rows: [[String]], near casePath: String) -> String {
        let folder = URL(fileURLWithPath: casePath).deletingLastPathComponent()
        return TestSupport.write(SheetCells.text(rows), to: "skaar-\(UUID().uuidString).csv", in: folder)
    }

    /// The messages of the refusal `body` throws (each located problem, then the summary).
    func refusal(_ body: () throws(StudyError) -> Void) -> [String]? {
        do {
            try body()
            return nil
        } catch {
            return error.diagnostics(in: .nn) + [error.message(in: .nn)]
        }
    }

    /// Fills every row of an exported sheet: the middle level of each scale, a value with a
    /// decimal comma for a measure, "ja" for willingness, a why and a source for each.
    func filled(_ rows: [[String]], template: Template) -> [[String]] {
        var out = [rows[0]]
        for (index, row) in rows.dropFirst().enumerated() {
            var row = row
            let criterion = template.criterion(Criterion.ID(row[2]))
            if let scale = criterion?.scale {
                row[6] = String(scale.levelNumbers[scale.levelNumbers.count / 2])
            } else if criterion != nil {
                row[6] = "\(index % 9),5"
            } else {
                row[6] = "ja"
            }
            row[7] = "Grunngjeving på rad \(index + 2); med semikolon og «sitat»"
            row[8] = "Kjelde \(index + 2)"
            out.append(row)
        }
        return out
    }

    @Test("The sheet has a BOM, semicolons, CRLF, one row per candidate × hand-scored criterion plus willingness, and the current score")
    func sheetForm() throws {
        let path = try bundledCopy()
        let text = try export(path)
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let rows = SheetCells.rows(text)
        #expect(rows[0] == ["kandidat", "kommune", "kriterium", "spørsmål", "skala", "skår no", "nivå/verdi", "grunngjeving", "kjelde"])
        let loaded = try Loader.loadCase(at: path)
        let handScored = loaded.template.criteria.filter { $0.computed == nil }
        let willingness = loaded.template.knockouts.contains { $0.kind == .declaredWillingness } ? 1 : 0
        #expect(rows.count - 1 == loaded.case.candidates.count * (handScored.count + willingness))
        for row in rows.dropFirst() {
            #expect(row.count == 9)
            #expect(row[6].isEmpty && row[7].isEmpty && row[8].isEmpty)
            if let score = loaded.case.score(of: Municipality.ID(row[0]), on: Criterion.ID(row[2])) {
                #expect(row[5] == YAMLText.number(score.value.number).replacingOccurrences(of: ".", with: ","))
            }
            if let scale = loaded.template.criterion(Criterion.ID(row[2]))?.scale {
                #expect(row[4] == scale.levels.map { "\($0.level) = \($0.label.text(.nn))" }.joined(separator: "\n"))
            }
        }
        let vik = try #require(rows.first { $0[0] == "vik" && $0[2] == "willing" })
        #expect(vik[5] == "nei")
    }

    @Test("Export → import of the sheet as exported → export gives the same sheet, and the case file is not touched")
    func roundTripUnchanged() throws {
        let path = try bundledCopy()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let first = try export(path)
        let sheet = TestSupport.write(first, to: "ark.csv", in: URL(fileURLWithPath: path).deletingLastPathComponent())
        let written = try ImportScoreSheet.run(ImportScoreSheet.Request(casePath: path, sheetPath: sheet, target: .scores))
        #expect(written == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try export(path) == first)
    }

    @Test("Export → fill → import as scores → export: the same sheet, with the filled scores as the current ones")
    func roundTripFilled() throws {
        let path = try newCase()
        let loaded = try Loader.loadCase(at: path)
        let rows = SheetCells.rows(try export(path))
        let filled = filled(rows, template: loaded.template)
        let written = try ImportScoreSheet.run(
            ImportScoreSheet.Request(casePath: path, sheetPath: write(filled, near: path), target: .scores))
        #expect(written == rows.count - 1)
        let again = SheetCells.rows(try export(path))
        var expected = rows
        for index in expected.indices.dropFirst() { expected[index][5] = filled[index][6] }
        #expect(again == expected)
        // Now finished: no warnings at all, and each score reads back as written.
        let reloaded = try Loader.loadCase(at: path)
        #expect(reloaded.warnings.isEmpty)
        for row in filled.dropFirst() where row[2] != "willing" {
            let score = try #require(reloaded.case.score(of: Municipality.ID(row[0]), on: Criterion.ID(row[2])))
            #expect(score.why.text(.nn) == row[7])
            #expect(score.source == row[8])
            #expect(score.value.number == Double(row[6].replacingOccurrences(of: ",", with: ".")))
        }
        #expect(reloaded.case.candidates.allSatisfy { $0.willing == true })
    }

    @Test("Import keeps every comment and every line outside the changed entries")
    func keepsComments() throws {
        let path = try newCase()
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let loaded = try Loader.loadCase(at: path)
        let rows = SheetCells.rows(try export(path))
        _ = try ImportScoreSheet.run(
            ImportScoreSheet.Request(casePath: path, sheetPath: write(filled(rows, template: loaded.template), near: path), target: .scores))
        let edited = try String(contentsOfFile: path, encoding: .utf8)
        let comments = { (text: String) in text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") } }
        #expect(comments(edited) == comments(original))
        // Everything before `candidates:` is as it was.
        let head = { (text: String) in text.components(separatedBy: "\ncandidates:")[0] }
        #expect(head(edited) == head(original))
        #expect(edited.contains("      level: 3\n      why: \"Grunngjeving på rad 3; med semikolon og «sitat»\"\n      source: \"Kjelde 3\"\n"))
    }

    @Test("An assessor's sheet goes under 'assessors' next to the others; the agreed score and the one-line layout stay")
    func assessorImport() throws {
        let path = try bundledCopy()
        let sheet = write(
            [["kandidat", "kriterium", "nivå/verdi", "grunngjeving", "kjelde"], ["sogndal", "fagmiljo", "2", "Få fagfolk", "Intervju"]],
            near: path)
        let written = try ImportScoreSheet.run(
            ImportScoreSheet.Request(casePath: path, sheetPath: sheet, target: .assessor("Kari Nordmann")))
        #expect(written == 1)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            text.contains(
                """
                    fagmiljo: { level: 4, assessors: { A: 4, B: 3, C: 4, "Kari Nordmann": { level: 2, why: "Få fagfolk", source: "Intervju" } }, \
                why: Illustrerande skår; tre vurderarar. }
                """))
        let score = try #require(try Loader.loadCase(at: path).case.score(of: "sogndal", on: "fagmiljo"))
        #expect(score.value == .level(4))
        #expect(score.assessors.map { "\($0.assessor)=\($0.value.number)" } == ["A=4.0", "B=3.0", "C=4.0", "Kari Nordmann=2.0"])
    }

    @Test("Every bad cell is reported with its row and column, with what is wrong and what would be right; nothing is written")
    func refusals() throws {
        let path = try bundledCopy()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let sheet = write(
            [
                ["kandidat", "kriterium", "nivå/verdi", "grunngjeving", "kjelde"],
                ["sogndal", "fagmiljo", "7", "For høgt", ""],
                ["sogndal", "rekruttering", "fire", "Tekst", ""],
                ["sogndl", "lokale", "3", "Feil kandidat", ""],
                ["ardal", "fagmiljø", "3", "Feil kriterium", ""],
                ["ardal", "lokale", "3", "", ""],
                ["ardal", "kostnad", "6,5", "Første", ""],
                ["ardal", "kostnad", "6", "Andre", ""],
                ["laerdal", "kontinuitet", "", "Grunngjeving utan skår", ""],
                ["laerdal", "willing", "kanskje", "", ""],
                ["laerdal", "internkontroll", "3,5", "Ikkje heilt", ""],
            ], near: path)
        let messages = refusal { () throws(StudyError) in
            _ = try ImportScoreSheet.run(ImportScoreSheet.Request(casePath: path, sheetPath: sheet, target: .scores))
        }
        #expect(
            messages == [
                "\(sheet):2:3: feil: nivå 7 er utanfor skalaen; skriv eit nivå frå 1 til 5",
                "\(sheet):3:3: feil: «fire» er ikkje eit nivå; skriv eit heilt tal på skalaen",
                "\(sheet):4:1: feil: «sogndl» er ingen kandidat i saka (gyldige: sogndal, ardal, laerdal, vik); meinte du «sogndal»?",
                "\(sheet):5:2: feil: «fagmiljø» er ikkje eit kriterium som blir skåra for hand (gyldige: fagmiljo, rekruttering, "
                    + "internkontroll, lokale, kostnad, kontinuitet, willing); meinte du «fagmiljo»?",
                "\(sheet):6:4: feil: skåren manglar grunngjeving; skriv kvifor i same rad",
                "\(sheet):8:2: feil: same kandidat og kriterium står alt på rad 7; fjern den eine rada",
                "\(sheet):9:3: feil: rada har grunngjeving eller kjelde, men ingen nivå; skriv nivå eller tøm rada",
                "\(sheet):10:3: feil: «kanskje» er verken ja eller nei; skriv «ja» eller «nei»",
                "\(sheet):11:3: feil: «3,5» er ikkje eit nivå; skriv eit heilt tal på skalaen",
                "9 feil i arket; ingenting er skrive inn i saka",
            ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("A sheet without a required column names the headers it accepts")
    func missingColumn() throws {
        let path = try bundledCopy()
        let sheet = write([["kandidat", "kriterium", "nivå/verdi"], ["sogndal", "fagmiljo", "3"]], near: path)
        let messages = refusal { () throws(StudyError) in
            _ = try ImportScoreSheet.run(ImportScoreSheet.Request(casePath: path, sheetPath: sheet, target: .scores))
        }
        #expect(
            messages == [
                "\(sheet):1:4: feil: arket manglar kolonnen «grunngjeving», «begrunnelse» eller «why» i første rad",
                "1 feil i arket; ingenting er skrive inn i saka",
            ])
    }

    @Test("Willingness in an assessor's sheet, and a score outside the case's low–high, are refused")
    func assessorWillingnessAndUncertainty() throws {
        let path = try bundledCopy()
        let willing = write([["kandidat", "kriterium", "nivå/verdi", "grunngjeving"], ["vik", "willing", "ja", ""]], near: path)
        #expect(
            refusal { () throws(StudyError) in
                _ = try ImportScoreSheet.run(ImportScoreSheet.Request(casePath: path, sheetPath: willing, target: .assessor("Kari")))
            } == [
                "\(willing):2:3: feil: viljen til å vere vertskommune høyrer til saka, ikkje til ein vurderar; tøm cella, "
                    + "eller les arket inn med --as-scores",
                "1 feil i arket; ingenting er skrive inn i saka",
            ])
        // A low–high range on a score: a new score outside it is refused.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "lokale: { level: 2, why:", with: "lokale: { level: 2, low: 2, high: 3, why:")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let outside = write([["kandidat", "kriterium", "nivå/verdi", "grunngjeving"], ["sogndal", "lokale", "5", "Nytt bygg"]], near: path)
        #expect(
            refusal { () throws(StudyError) in
                _ = try ImportScoreSheet.run(ImportScoreSheet.Request(casePath: path, sheetPath: outside, target: .scores))
            } == [
                "\(outside):2:3: feil: 5 ligg utanfor spennet saka gir for skåren (2–3); skriv ein skår innanfor, eller endre «low»/«high» i saka først",
                "1 feil i arket; ingenting er skrive inn i saka",
            ])
    }

    @Test("An assessor needs a name, and the sheet must be a readable file; the export must be a .csv file")
    func otherRefusals() throws {
        let path = try bundledCopy()
        #expect(
            refusal { () throws(StudyError) in
                _ = try ImportScoreSheet.run(ImportScoreSheet.Request(casePath: path, sheetPath: "x.csv", target: .assessor("  ")))
            } == ["namnet kan ikkje vere tomt"])
        #expect(
            refusal { () throws(StudyError) in
                _ = try ImportScoreSheet.run(ImportScoreSheet.Request(casePath: path, sheetPath: "/nonexistent/x.csv", target: .scores))
            } == ["kan ikkje lese «/nonexistent/x.csv»; sjekk at fila finst og er ein tekstfil (UTF-8)"])
        #expect(
            refusal { () throws(StudyError) in
                _ = try ExportScoreSheet.run(ExportScoreSheet.Request(casePath: path, output: "/tmp/x.xlsx"))
            } == ["arket som skal skrivast må slutte på .csv, ikkje «/tmp/x.xlsx»"])
    }

    @Test("Sheet wording exists in every language", arguments: Language.allCases)
    func wording(language: Language) {
        for column in SheetColumn.allCases { #expect(!column.header(in: language).isEmpty) }
        #expect(Set(SheetColumn.allCases.map { $0.header(in: language) }).count == SheetColumn.allCases.count)
    }
}
