import Foundation
import Testing
import Vertsval
import VertsvalReport
import VertsvalStudy
import VertsvalTestSupport

/// 10 February 2026, the date the tests' reports are made for.
let meetingDate = CalendarDate(iso: "2026-02-10") ?? CalendarDate(utc: Date())

@Suite struct WeightSyntaxTests {
    @Test("One syntax: criterion=points, several with commas, decimal comma in one item")
    func parse() throws {
        let list = try WeightAdjustmentText.parse(list: "fagmiljo=30,reisetid=12.5")
        #expect(list.map(\.criterion) == ["fagmiljo", "reisetid"])
        #expect(list.map(\.points) == [30, 12.5])
        #expect(try WeightAdjustmentText.parse(item: "fagmiljo=12,5").points == 12.5)
        #expect(try WeightAdjustmentText.parse(list: "").isEmpty)
        #expect(WeightAdjustmentText.text(list) == "fagmiljo=30,reisetid=12.5")
    }

    @Test(
        "The old web syntax, negative and non-finite points are refused with the item named",
        arguments: ["fagmiljo:30", "fagmiljo=-1", "fagmiljo=inf", "fagmiljo=nan", "=3", "fagmiljo"])
    func refused(_ text: String) {
        #expect(throws: StudyError.self) { try WeightAdjustmentText.parse(item: text) }
        do {
            _ = try WeightAdjustmentText.parse(item: text)
        } catch {
            #expect(error.message(in: .nn).hasSuffix("ikkje «\(text)»"))
            #expect(error.category == .invalidRequest)
        }
    }
}

@Suite struct ProvenanceTests {
    static let bundled = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")

    @Test("The template's weights: no deviation, not a what-if")
    func official() throws {
        let evaluated = try EvaluateCase.run(StudyInput(path: Self.bundled))
        #expect(evaluated.provenance.deviations.isEmpty)
        #expect(!evaluated.provenance.isWhatIf)
    }

    @Test("A scenario's weights keep the scenario as their source when the run adds its own")
    func layered() throws {
        let fixture = Fixture()
        let path = try SaveScenario.run(
            .init(
                casePath: fixture.path("case.yaml"), id: "Meir fag", title: "Meir fag", reason: "Prøve.", weights: ["fag": 80], language: .nn,
                created: meetingDate))
        #expect(path.hasSuffix("case.scenario.meir-fag.yaml"))
        let criteria = try Loader.loadCase(at: fixture.path("case.yaml")).template.criteria.map(\.id)
        let other = try #require(criteria.first { $0 != "fag" })
        let evaluated = try EvaluateCase.run(StudyInput(path: path, weights: [.init(criterion: other, points: 5)]))
        let changes = evaluated.provenance.weights?.changes ?? []
        #expect(
            changes.first { $0.criterion == "fag" }?.origin
                == .scenario(title: LocalizedText(values: [.nn: "Meir fag"]), reason: LocalizedText(values: [.nn: "Prøve."])))
        #expect(changes.first { $0.criterion == other }?.origin == .adjustment)
        #expect(evaluated.provenance.scenario?.id == "meir-fag")
        #expect(evaluated.provenance.isWhatIf)
    }

    @Test("Rules switched off are typed, in the portfolio's order, and named in the provenance")
    func rulesOff() throws {
        let input = StudyInput(path: TestSupport.path("Cases/sogn/tenester-2027.yaml"), rulesOff: ["services", "balance", "balance"])
        guard case .portfolio(let portfolio) = try StudySubject.load(input) else {
            Issue.record("not a portfolio")
            return
        }
        #expect(portfolio.rulesOff == [.balance, .serviceCount])
        #expect(portfolio.portfolio.rules.balance == nil)
        #expect(portfolio.loaded.portfolio.rules.balance != nil)
    }

    @Test("A misspelt rule is refused with the closest one; weights for a portfolio and rules for a case are refused")
    func refusals() throws {
        do {
            _ = try StudySubject.load(StudyInput(path: TestSupport.path("Cases/sogn/tenester-2027.yaml"), rulesOff: ["balanse"]))
            Issue.record("accepted")
        } catch {
            #expect(error.message(in: .nn) == "porteføljen har ingen regel «balanse»; meinte du «balance»?")
        }
        #expect(throws: StudyError.self) {
            try StudySubject.load(StudyInput(path: TestSupport.path("Cases/sogn/tenester-2027.yaml"), weights: [.init(criterion: "x", points: 1)]))
        }
        #expect(throws: StudyError.self) { try StudySubject.load(StudyInput(path: Self.bundled, rulesOff: ["balance"])) }
    }
}

@Suite struct SaveScenarioTests {
    static func request(_ fixture: Fixture, id: String = "s", title: String = "T", reason: String = "R", weights: [String: Double] = ["fag": 10])
        -> SaveScenario.Request
    {
        SaveScenario.Request(
            casePath: fixture.path("case.yaml"), id: id, title: title, reason: reason, weights: weights, language: .nn,
            created: meetingDate)
    }

    @Test(
        "Ids without a–z or 0–9, empty texts, no weights, unknown criteria and unusable weights are refused; nothing is written",
        arguments: [
            ("١٢٣", "T", "R", ["fag": 10.0]), ("ⅳ½", "T", "R", ["fag": 10]), ("---", "T", "R", ["fag": 10]),
            ("x", "\u{0001}", "R", ["fag": 10]), ("x", "T", " ", ["fag": 10]), ("x", "T", "R", [:]), ("x", "T", "R", ["fgg": 10]),
            ("x", "T", "R", ["fag": -1]), ("x", "T", "R", ["fag": .infinity]), (String(repeating: "a", count: 5000), "T", "R", ["fag": 10]),
        ])
    func refused(_ id: String, _ title: String, _ reason: String, _ weights: [String: Double]) throws {
        let fixture = Fixture()
        #expect(throws: StudyError.self) { try SaveScenario.run(Self.request(fixture, id: id, title: title, reason: reason, weights: weights)) }
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
        #expect(files.sorted() == ["case.yaml", "region.yaml", "template.yaml"])
    }

    @Test("A huge weight does not crash the save: it is refused or saved as a file that loads")
    func hugeWeight() throws {
        let fixture = Fixture()
        do {
            let path = try SaveScenario.run(Self.request(fixture, weights: ["fag": 1e19]))
            _ = try Loader.loadScenario(at: path)
        } catch let error as StudyError {
            #expect(!error.message(in: .nn).isEmpty)
        }
    }

    @Test("An existing scenario is never replaced")
    func conflict() throws {
        let fixture = Fixture()
        _ = try SaveScenario.run(Self.request(fixture))
        let before = try String(contentsOfFile: fixture.path("case.scenario.s.yaml"), encoding: .utf8)
        do {
            _ = try SaveScenario.run(Self.request(fixture, weights: ["fag": 99]))
            Issue.record("overwrote")
        } catch {
            #expect(error.category == .conflict)
        }
        #expect(try String(contentsOfFile: fixture.path("case.scenario.s.yaml"), encoding: .utf8) == before)
    }
}

@Suite struct MembersRobustnessStudyTests {
    static let bundled = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")

    @Test("`sensitivity` of a case with judgements runs SMAA-2 over the members' weights with the same draws and seed, in text and JSON")
    func sensitivityIncludesMembers() throws {
        let study = try AnalyseRobustness.run(.init(input: StudyInput(path: Self.bundled), samples: 3000, seed: 7))
        guard case .case(let evaluated, _, _, let members) = study else {
            Issue.record("a case was asked for")
            return
        }
        let robustness = try #require(members?.robustness)
        #expect(robustness.result.samples == 3000)
        #expect(robustness.result.seed == 7)
        #expect(robustness.memberCount == evaluated.members?.members.count)
        // Independently: the members' SMAA run by the group view itself with the same options.
        let view = try #require(evaluated.members)
        let direct = try view.robustness(of: evaluated.evaluation, options: SMAAOptions(samples: 3000, seed: 7))
        #expect(direct.result.rankAcceptability == robustness.result.rankAcceptability)
        let json = try StudyOutput.robustness(study, format: .json, language: .nn)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let shown = try #require(object["members"] as? [String: Any])
        #expect(shown["memberCount"] as? Int == view.members.count)
        let acceptability = try #require(shown["rankAcceptability"] as? [String: [Double]])
        for (index, id) in direct.municipalities.enumerated() {
            #expect(acceptability[id.rawValue] == direct.result.rankAcceptability[index])
        }
        let text = try StudyOutput.robustness(study, format: .text, language: .nn)
        #expect(text.contains("Over vektene til styremedlemmene"))
        let first = direct.result.firstRankAcceptability
        let best = try #require(first.indices.max { first[$0] < first[$1] })
        let share = NumberFormat(.nn).percent(100 * first[best], decimals: 0)
        let flowing = text.replacingOccurrences(of: "\n", with: " ")
        #expect(flowing.contains("er \(evaluated.evaluation.region.name(of: direct.municipalities[best])) først i \(share) av trekningane"))
    }

    @Test("A case without judgements has no members' part in `sensitivity`")
    func withoutJudgements() throws {
        let study = try AnalyseRobustness.run(
            .init(input: StudyInput(path: TestSupport.path("Cases/sogn/ppt-vertskommune.yaml")), samples: 500))
        guard case .case(_, _, _, let members) = study else {
            Issue.record("a case was asked for")
            return
        }
        #expect(members == nil)
        #expect(!(try StudyOutput.robustness(study, format: .text, language: .nn)).contains("Over vektene til styremedlemmene"))
    }
}

@Suite struct ReportContentTests {
    @Test("The report's file name says scenario or draft, and its robustness uses the one default")
    func names() throws {
        let bundled = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")
        let date = meetingDate
        let official = try PrepareReport.run(.init(input: StudyInput(path: bundled), date: date))
        #expect(official.fileStem == "ureining-miljo-tilsyn")
        #expect(official.reproducibility.samples == StudyDefaults.caseSamples)
        #expect(official.reproducibility.seed == StudyDefaults.seed)
        let draft = try PrepareReport.run(
            .init(input: StudyInput(path: bundled, weights: [.init(criterion: "reisetid", points: 30)]), date: date, samples: 1000))
        #expect(draft.fileStem == "ureining-miljo-tilsyn.utkast")
        #expect(draft.reproducibility.samples == 1000)
        let portfolio = try PrepareReport.run(
            .init(input: StudyInput(path: TestSupport.path("Cases/sogn/tenester-2027.yaml"), rulesOff: ["balance"]), date: date))
        #expect(portfolio.fileStem == "tenester-2027.utkast")
        #expect(portfolio.reproducibility.samples == StudyDefaults.portfolioSamples)
        #expect(portfolio.provenance.rulesOff == [.balance])
    }
}

@Suite struct ProvenanceFirstTests {
    @Test("A what-if run says so before anything else; the official run does not")
    func first() throws {
        let bundled = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")
        let official = try StudyOutput.evaluation(try EvaluateCase.run(StudyInput(path: bundled)), format: .markdown, language: .nn)
        #expect(!official.contains("Utkast") && !official.contains("scenarioet"))
        let draft = try StudyOutput.evaluation(
            try EvaluateCase.run(StudyInput(path: bundled, weights: [.init(criterion: "reisetid", points: 30)])), format: .markdown, language: .en)
        let firstNote = try #require(draft.split(separator: "\n").first { $0.hasPrefix(">") })
        #expect(firstNote.contains("This is a draft with weights changed for this run"))
        #expect(firstNote.contains("from 12.0\u{00A0}% to"))
        let portfolio = try OptimizePortfolio.run(
            .init(input: StudyInput(path: TestSupport.path("Cases/sogn/tenester-2027.yaml"), rulesOff: ["services"])))
        let text = try StudyOutput.assignment(portfolio, format: .markdown, language: .nn)
        let note = try #require(text.split(separator: "\n").first { $0.hasPrefix(">") })
        #expect(note.contains("desse reglane er slått av: Tal på tenester per kommune"))
    }
}
