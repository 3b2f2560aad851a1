import Foundation
import Testing
import Vertsval
import VertsvalReport
import VertsvalTestSupport

@testable import VertsvalStudy

/// `vertsval new case|portfolio|template`: what is written, what is left, every refusal, and
/// that a filled-in file is used like any other.
@Suite struct NewCaseTests {
    static let template = TestSupport.path("Criteria/vertskommune-2025.yaml")
    static let region = TestSupport.path("Cases/sogn/region.yaml")

    /// A request for a new case in a fresh folder under `Cases/<region>/`.
    func request(candidates: [String] = ["ardal", "laerdal"], service: String = "Feiing", file: String = "feiing.yaml") -> NewCase.Request {
        let folder = TestSupport.temporaryFolder("new-case")
        return NewCase.Request(
            templatePath: Self.template, regionPath: Self.region, candidates: candidates, service: service,
            output: folder.appendingPathComponent(file).path)
    }

    /// The message of the error `body` throws, in `language`.
    func refusal(_ language: Language = .nn, _ body: () throws(StudyError) -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return error.message(in: language)
        }
    }

    @Test("The new case lists each hand-scored criterion for each candidate, and nothing else, as left to fill in")
    func whatIsLeft() throws {
        let result = try NewCase.run(request())
        let template = try Loader.loadTemplate(at: Self.template).template
        let handScored = template.criteria.filter { $0.computed == nil }.map(\.id.rawValue)
        // Independently of ScoreSheet: candidates × criteria without `computed`, plus one
        // willingness per candidate (the template asks for it).
        var expected: [String] = []
        for candidate in ["ardal", "laerdal"] {
            expected.append(Problem.willingnessNotStated(municipality: candidate).message(in: .nn))
        }
        for candidate in ["ardal", "laerdal"] {
            for criterion in handScored {
                let kind: ValueKind = template.criterion(Criterion.ID(criterion))?.scale != nil ? .level : .measure
                expected.append(Problem.missingScore(municipality: candidate, criterion: criterion, expected: kind).message(in: .nn))
            }
        }
        #expect(result.left.map { $0.problem.message(in: .nn) } == expected)
        #expect(result.left.allSatisfy { $0.severity == .warning && $0.location.file == result.path })
        // Validation agrees, with no errors.
        let diagnostics = ValidateFiles.run([result.path])
        #expect(diagnostics == result.left)
    }

    @Test("The file refers to template and region relative to itself, has no 'illustrative', and no score for a computed criterion")
    func fileContents() throws {
        let request = request()
        _ = try NewCase.run(request)
        let text = try String(contentsOfFile: request.output, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let expectedTemplate = YAMLText.relativePath(to: Self.template, from: request.output)
        #expect(expectedTemplate.hasPrefix("../") && expectedTemplate.hasSuffix("Criteria/vertskommune-2025.yaml"))
        #expect(lines.contains("template: \"\(expectedTemplate)\""))
        #expect(Loader.resolvePath(expectedTemplate, relativeTo: request.output) == Self.template)
        #expect(!text.contains("illustrative"))
        #expect(!lines.contains { $0.hasPrefix("    reisetid:") || $0.hasPrefix("    balanse:") })
        // Each level of the scale as a comment, in Nynorsk.
        #expect(lines.contains("      # 3 = Eit lite fagmiljø (2–3 personar) med relevant kompetanse."))
        // The template is a reconstruction: its notice is repeated at the top.
        #expect(text.contains("# MERK (frå vurderingsmalen): Vurderingsmalen er ein rekonstruksjon"))
    }

    @Test("A template that is not a reconstruction gives no notice; a template without a willingness rule no 'willing'")
    func noNotice() throws {
        let fixture = Fixture(template: {
            $0.replacingFirst("knockouts:\n  - id: vilje\n    kind: declaredWillingness\n    text: Må ville.\n", with: "")
        })
        let output = fixture.folder.appendingPathComponent("ny.yaml").path
        let result = try NewCase.run(
            NewCase.Request(
                templatePath: fixture.path("template.yaml"), regionPath: fixture.path("region.yaml"), candidates: ["a", "c"],
                service: "Teneste", output: output))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!text.contains("MERK"))
        #expect(!text.contains("willing"))
        #expect(result.left.count == 4)
        #expect(text.contains("template: \"template.yaml\""))
    }

    @Test("Filled in, the case validates without a warning, evaluates, and its PDF report renders")
    func filledIn() throws {
        let request = request()
        _ = try NewCase.run(request)
        var text = try String(contentsOfFile: request.output, encoding: .utf8)
        // Fill the empty entries as a person would: Årdal 4, Lærdal 3 on every scale.
        var filled: [String] = []
        var candidate = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("  ardal:") { candidate = "ardal" }
            if line.hasPrefix("  laerdal:") { candidate = "laerdal" }
            switch line {
            case "      level:": filled.append(line + (candidate == "ardal" ? " 4" : " 3"))
            case "      value:": filled.append(line + " 6")
            case "      why:": filled.append(line + " Prøvd i test.")
            case "    willing:": filled.append(line + " true")
            default: filled.append(line)
            }
        }
        text = filled.joined(separator: "\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: request.output))
        #expect(ValidateFiles.run([request.output]).isEmpty)
        let evaluated = try EvaluateCase.run(StudyInput(path: request.output))
        #expect(evaluated.evaluation.candidates.map(\.municipality.id.rawValue).sorted() == ["ardal", "laerdal"])
        #expect(evaluated.evaluation.candidates.allSatisfy { $0.exclusions.isEmpty })
        let content = try PrepareReport.run(PrepareReport.Request(input: StudyInput(path: request.output), date: meetingDate, seed: 1, samples: 200))
        let pdf = try ReportFile.render(content, format: .pdf, language: .nn)
        #expect(pdf.data.starts(with: Data("%PDF".utf8)))
    }

    @Test("Evaluation, robustness and reports refuse an unfinished case with the list validate gives")
    func unfinishedRefused() throws {
        let result = try NewCase.run(request())
        let warnings = ValidateFiles.run([result.path])
        #expect(warnings.count == 14)
        for useCase in ["evaluate", "sensitivity", "report"] {
            do {
                let input = StudyInput(path: result.path)
                switch useCase {
                case "evaluate": _ = try EvaluateCase.run(input)
                case "sensitivity": _ = try AnalyseRobustness.run(AnalyseRobustness.Request(input: input, samples: 10))
                default: _ = try PrepareReport.run(PrepareReport.Request(input: input, date: meetingDate, samples: 10))
                }
                Issue.record("an unfinished case was computed by \(useCase)")
            } catch {
                guard case .unfinished(let left) = error else {
                    Issue.record("expected .unfinished from \(useCase), got \(error)")
                    continue
                }
                #expect(left == warnings)
                #expect(error.category == .invalidData)
                #expect(error.diagnostics(in: .nn) == warnings.map { $0.formatted(in: .nn) })
                #expect(error.message(in: .nn) == "datafilene er ikkje ferdig utfylte: 14 punkt står att (sjå over); ingenting er rekna ut")
                #expect(
                    error.message(in: .en) == "the data files are not filled in yet: 14 items are left (see above); nothing was computed")
            }
        }
    }

    @Test("An unknown candidate is refused with the region's ids, suggesting only one not given already")
    func unknownCandidate() {
        // «lardal» is one edit from «ardal» (given) and two from «laerdal» (not given).
        #expect(
            refusal { () throws(StudyError) in _ = try NewCase.run(request(candidates: ["ardal", "lardal"])) }
                == "«lardal» er ingen kommune i regionen «Sogn» (gyldige: vik, sogndal, aurland, laerdal, ardal, luster); meinte du «laerdal»?")
        #expect(
            refusal(.en) { () throws(StudyError) in _ = try NewCase.run(request(candidates: ["bergen"])) }
                == "'bergen' is no municipality of region 'Sogn' (valid: vik, sogndal, aurland, laerdal, ardal, luster)")
    }

    @Test("A candidate given twice, no candidates, an empty service name are refused")
    func otherRefusals() {
        #expect(
            refusal { () throws(StudyError) in _ = try NewCase.run(request(candidates: ["ardal", "ardal"])) }
                == "«ardal» står to gonger blant kandidatane; nemn kvar kommune éin gong")
        #expect(
            refusal { () throws(StudyError) in _ = try NewCase.run(request(candidates: [" ", ""])) }
                == "saka treng minst éin kandidat (--candidates a,b); gyldige: vik, sogndal, aurland, laerdal, ardal, luster")
        #expect(refusal { () throws(StudyError) in _ = try NewCase.run(request(service: "  ")) } == "namnet kan ikkje vere tomt")
        #expect(
            refusal { () throws(StudyError) in _ = try NewCase.run(request(file: "---.yaml")) }
                == "«---» kan ikkje brukast som id; ein id har bokstavane a–z, tal og bindestrek")
    }

    @Test("An existing file is not overwritten without force; the target must be a .yaml file in a folder that exists")
    func targets() throws {
        var request = request()
        _ = try NewCase.run(request)
        let before = try String(contentsOfFile: request.output, encoding: .utf8)
        try Data("kind: case\n".utf8).write(to: URL(fileURLWithPath: request.output))
        #expect(
            refusal { () throws(StudyError) in _ = try NewCase.run(request) }
                == "«\(request.output)» finst alt; vel eit anna filnamn, eller skriv over med --force")
        request.force = true
        _ = try NewCase.run(request)
        #expect(try String(contentsOfFile: request.output, encoding: .utf8) == before)
        request.output = request.output.replacingOccurrences(of: ".yaml", with: ".txt")
        #expect(
            refusal { () throws(StudyError) in _ = try NewCase.run(request) }
                == "fila som skal skrivast må slutte på .yaml, ikkje «\(request.output)»")
        request.output = "/nonexistent-folder-vertsval/sak.yaml"
        #expect(
            refusal { () throws(StudyError) in _ = try NewCase.run(request) }
                == "kan ikkje skrive «/nonexistent-folder-vertsval/sak.yaml»: mappa «/nonexistent-folder-vertsval» finst ikkje")
    }

    @Test("A template with errors is refused with its problems, and nothing is written")
    func invalidTemplate() {
        var request = request()
        request.templatePath = Self.region
        do {
            _ = try NewCase.run(request)
            Issue.record("a region was taken as a template")
        } catch {
            #expect(error.diagnostics(in: .nn).first?.contains("feil:") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: request.output))
    }

    @Test("Ids are made from file names: Norwegian letters spelt out, spaces as dashes")
    func identifiers() {
        #expect(YAMLText.identifier("Feiing Årdal–Lærdal 2026") == "feiing-ardallaerdal-2026")
        #expect(YAMLText.identifier("ureining_miljø") == "ureining-miljo")
        #expect(YAMLText.identifier("  ") == nil)
    }
}

@Suite struct NewPortfolioAndTemplateTests {
    @Test("A new portfolio fixes the register's decided hosts and lists the open services, each value and unknown FTE left to fill in")
    func portfolio() throws {
        let regionPath = TestSupport.path("Cases/sogn/region.yaml")
        let region = try Loader.loadRegion(at: regionPath).region
        let output = TestSupport.temporaryFolder("new-portfolio").appendingPathComponent("tenester.yaml").path
        let result = try NewPortfolio.run(NewPortfolio.Request(regionPath: regionPath, output: output))
        let open = region.cooperation.filter { $0.host == nil }
        let expected = region.cooperation.filter { $0.fte == nil }.count + open.count * region.municipalities.count
        #expect(result.left.count == expected)
        #expect(!ValidateFiles.run([output]).containsErrors)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        for arrangement in region.cooperation {
            if let host = arrangement.host { #expect(text.contains("  - id: \(arrangement.id)\n    name: ") && text.contains("host: \(host)")) }
        }
        do {
            _ = try OptimizePortfolio.run(OptimizePortfolio.Request(input: StudyInput(path: output)))
            Issue.record("an unfinished portfolio was optimised")
        } catch {
            guard case .unfinished(let left) = error else {
                Issue.record("expected .unfinished, got \(error)")
                return
            }
            #expect(left == result.left)
        }
        // Filled in (every FTE 1, every value 50), it optimises.
        let filled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line == "    fte:" { return "    fte: 1" }
            if line.hasPrefix("      "), line.contains(":  # ") { return line.replacingOccurrences(of: ":  # ", with: ": 50  # ") }
            return String(line)
        }
        try Data(filled.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: output))
        #expect(ValidateFiles.run([output]).isEmpty)
        let optimized = try OptimizePortfolio.run(OptimizePortfolio.Request(input: StudyInput(path: output)))
        #expect(optimized.portfolio.services.count == region.cooperation.count)
    }

    @Test("A new template is valid as written, with one criterion of each kind and one knock-out rule of each kind")
    func template() throws {
        let output = TestSupport.temporaryFolder("new-template").appendingPathComponent("mal-2026.yaml").path
        let result = try NewTemplate.run(NewTemplate.Request(output: output, language: .en))
        #expect(result.left.isEmpty)
        #expect(ValidateFiles.run([output]).isEmpty)
        let template = try Loader.loadTemplate(at: output).template
        #expect(template.id == "mal-2026")
        #expect(template.status == .draft)
        #expect(template.criteria.contains { $0.scale != nil })
        #expect(template.criteria.contains { $0.measure != nil && $0.computed == nil })
        #expect(template.criteria.contains { $0.computed == .populationWeightedTravelTime })
        #expect(template.criteria.contains { $0.computed == .hostedShareGap(basis: .arrangements) })
        #expect(template.criteria.reduce(0) { $0 + $1.weight } == 100)
        let kinds = template.knockouts.map { rule -> String in
            switch rule.kind {
            case .declaredWillingness: "willingness"
            case .minimumLevel: "minimum"
            case .worstAcceptable: "limit"
            }
        }
        #expect(kinds == ["willingness", "minimum", "limit"])
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("# Draft evaluation template, made with 'vertsval new template'"))
        // A case can be started from it.
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
        let regionPath = TestSupport.write(Fixture.region, to: "region.yaml", in: folder)
        let newCase = try NewCase.run(
            NewCase.Request(
                templatePath: output, regionPath: regionPath, candidates: ["a", "b"], service: "Teneste",
                output: folder.appendingPathComponent("sak.yaml").path))
        #expect(newCase.left.count == 2 * 2 + 2)
    }
}

@Suite struct DescribeTests {
    func described(_ path: String, language: Language = .en) throws -> String {
        StudyOutput.description(try DescribeFile.run(TestSupport.path(path)), format: .markdown, language: language)
    }

    @Test("A template: every criterion's id and name, each level's wording, the unit of each measure, every knock-out rule")
    func template() throws {
        let text = try described("Criteria/vertskommune-2025.yaml")
        let template = try Loader.loadTemplate(at: TestSupport.path("Criteria/vertskommune-2025.yaml")).template
        for criterion in template.criteria {
            #expect(text.contains("| \(criterion.id) | \(criterion.name.text(.en)) |"))
            for level in criterion.scale?.levels ?? [] { #expect(text.contains("\(level.level) = \(level.label.text(.en))")) }
            if let unit = criterion.measure?.unit.text(.en) { #expect(text.contains(unit)) }
        }
        for rule in template.knockouts { #expect(text.contains("\(rule.id): \(rule.text.text(.en))")) }
        #expect(text.contains("on the 6 criteria scored by hand (fagmiljo, rekruttering, internkontroll, lokale, kostnad, kontinuitet)"))
    }

    @Test("A region: every municipality's id and name, every arrangement of the register")
    func region() throws {
        let text = try described("Cases/sogn/region.yaml", language: .nn)
        let region = try Loader.loadRegion(at: TestSupport.path("Cases/sogn/region.yaml")).region
        for municipality in region.municipalities { #expect(text.contains("| \(municipality.id) | \(municipality.name) |")) }
        for arrangement in region.cooperation { #expect(text.contains("| \(arrangement.id) | \(arrangement.name.text(.nn)) |")) }
    }

    @Test("A finished case: its candidates and scores, and nothing left")
    func finishedCase() throws {
        let text = try described("Cases/sogn/ureining-miljo-tilsyn.yaml")
        #expect(text.contains("| luster | Luster | yes |"))
        #expect(text.contains("| Sogndal | kostnad | 8.0 |"))
        #expect(text.contains("Nothing is left to fill in; the file can be computed."))
    }

    @Test("A portfolio: its services and the ids of its rules for --rule-off")
    func portfolio() throws {
        let text = try described("Cases/sogn/tenester-2027.yaml")
        for token in ["balance", "services", "together:ppt+kulturskule", "apart:lonn+naering"] { #expect(text.contains("| \(token) |")) }
        #expect(text.contains("| barnevern | Child welfare | 18.0 | decided: Sogndal |"))
    }
}
