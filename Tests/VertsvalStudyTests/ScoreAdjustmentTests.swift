import Foundation
import Testing
import Vertsval
import VertsvalReport
import VertsvalTestSupport

@testable import VertsvalStudy

/// Scores tried for one run (`--score luster.fagmiljo=3`): applied before evaluating, named
/// as a deviation in the provenance, the note and the JSON; refused when they do not fit.
@Suite struct ScoreAdjustmentTests {
    static let path = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")

    func refusal(_ body: () throws(StudyError) -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return error.message(in: .nn)
        }
    }

    @Test("A tried level changes the total by its weight × the value difference, and is named as a deviation")
    func appliedAndNamed() throws {
        let plain = try EvaluateCase.run(StudyInput(path: Self.path))
        let adjustment = try ScoreAdjustmentText.parse(item: "luster.fagmiljo=2")
        let tried = try EvaluateCase.run(StudyInput(path: Self.path, scores: [adjustment]))
        let criterion = try #require(plain.loaded.template.criterion("fagmiljo"))
        let before = try #require(plain.evaluation.candidates.first { $0.municipality.id == "luster" })
        let after = try #require(tried.evaluation.candidates.first { $0.municipality.id == "luster" })
        // Independently: the weight in percent of the criterion times the change of its value.
        let fraction = plain.evaluation.weights.fraction("fagmiljo")
        let expected = before.total + fraction * (criterion.value(of: .level(2)) - criterion.value(of: .level(4)))
        #expect(abs(after.total - expected) < 1e-9)
        #expect(tried.loaded.case.score(of: "luster", on: "fagmiljo")?.value == .level(2))
        // Outside the case's low–high (3–4): the range is dropped for this run.
        #expect(tried.loaded.case.score(of: "luster", on: "fagmiljo")?.low == nil)
        #expect(plain.provenance.deviations.isEmpty)
        #expect(!plain.provenance.isWhatIf)
        #expect(
            tried.provenance.deviations == [
                .score(ScoreChange(municipality: "luster", criterion: "fagmiljo", from: .level(4), to: .level(2), origin: .adjustment))
            ])
        #expect(tried.provenance.isWhatIf)
        let note = try #require(ProvenanceNote(tried.provenance, language: .nn).text(for: tried.analysis))
        #expect(
            note
                == "Dette er eit utkast med skårar endra for denne køyringa, ikkje resultatet med skårane i saka. "
                + "Luster har nivå 2 på «Fagmiljø og robustheit» i staden for nivå 4 som i saka.")
        let json = try JSONEncoder().encode(ProvenanceJSON(tried.provenance, note: note, language: .nn))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let changes = try #require(object["scoreChanges"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["municipality"] as? String == "luster")
        #expect(changes.first?["criterion"] as? String == "fagmiljo")
        #expect(changes.first?["from"] as? Double == 4)
        #expect(changes.first?["to"] as? Double == 2)
        #expect(changes.first?["source"] as? String == "adjustment")
        #expect(object["whatIf"] as? Bool == true)
    }

    @Test("The recommendation names the changed scores first and what the case's own scores give, each from its own evaluation")
    func recommendationReadsAgainstFiledScores() throws {
        let plain = try EvaluateCase.run(StudyInput(path: Self.path))
        let ranked = plain.evaluation.ranked
        let (leader, runnerUp) = (ranked[0].municipality, ranked[1].municipality)
        // Two levels down on the criterion with the largest weight puts the runner-up first
        // (the lowest levels would exclude the leader by the template's minimum level).
        let items = ["\(leader.id).fagmiljo=2"]
        let tried = try EvaluateCase.run(StudyInput(path: Self.path, scores: try items.map { try ScoreAdjustmentText.parse(item: $0) }))
        try #require(tried.evaluation.ranked.first?.municipality.id == runnerUp.id)
        let words = CaseExplanation(tried.analysis, language: .nn).recommendation
        #expect(words.hasPrefix("Med skårane som er endra for denne køyringa kjem \(runnerUp.name) best ut"))
        let margin = NumberFormat(.nn).format(plain.evaluation.shownMargin(try #require(plain.evaluation.comparison)), decimals: 1)
        #expect(words.contains("Med skårane i saka kjem \(leader.name) best ut, \(margin) poeng føre \(runnerUp.name)."))
        #expect(!words.contains("Etter vurderingsmalen"))
        // With a weight changed as well, the reference is both the case's scores and the template's weights.
        let both = try EvaluateCase.run(
            StudyInput(
                path: Self.path, weights: [.init(criterion: "lokale", points: 5)],
                scores: try items.map { try ScoreAdjustmentText.parse(item: $0) }))
        let bothWords = CaseExplanation(both.analysis, language: .en).recommendation
        #expect(bothWords.hasPrefix("With the weights and scores changed for this run, "))
        let englishMargin = NumberFormat(.en).format(plain.evaluation.shownMargin(try #require(plain.evaluation.comparison)), decimals: 1)
        #expect(
            bothWords.contains("With the case's own scores and the template's weights \(leader.name) comes out best, \(englishMargin) points ahead"))
    }

    @Test("The same level as the case's is no deviation")
    func sameLevel() throws {
        let tried = try EvaluateCase.run(StudyInput(path: Self.path, scores: [try ScoreAdjustmentText.parse(item: "luster.fagmiljo=4")]))
        #expect(tried.provenance.deviations.isEmpty)
    }

    @Test("Refusals: the syntax, an unknown candidate or criterion, a level off the scale, scores for a portfolio")
    func refusals() throws {
        #expect(
            refusal { () throws(StudyError) in _ = try ScoreAdjustmentText.parse(item: "luster=3") }
                == "skårar skal skrivast som «luster.fagmiljo=3» (kandidat.kriterium=nivå), ikkje «luster=3»")
        let run = { (item: String) -> String? in
            self.refusal { () throws(StudyError) in
                _ = try EvaluateCase.run(StudyInput(path: Self.path, scores: [try ScoreAdjustmentText.parse(item: item)]))
            }
        }
        #expect(run("lustr.fagmiljo=3") == "«lustr» er ingen kandidat i saka (gyldige: luster, sogndal); meinte du «luster»?")
        #expect(
            run("luster.reisetid=3")
                == "«reisetid» er ikkje eit kriterium som blir skåra for hand (gyldige: fagmiljo, rekruttering, internkontroll, lokale, "
                + "kostnad, kontinuitet)")
        #expect(run("luster.fagmiljo=6") == "6 er ikkje eit nivå på skalaen til «fagmiljo»; skriv eit heilt tal frå 1 til 5")
        #expect(run("luster.fagmiljo=2,5") == "2,5 er ikkje eit nivå på skalaen til «fagmiljo»; skriv eit heilt tal frå 1 til 5")
        #expect(
            refusal { () throws(StudyError) in
                _ = try StudySubject.load(
                    StudyInput(path: TestSupport.path("Cases/sogn/tenester-2027.yaml"), scores: [try ScoreAdjustmentText.parse(item: "a.b=1")]))
            } == "skårar høyrer til ei sak; for ein portefølje endrar du skårane i sakene han byggjer på")
    }

    @Test("A scenario's scores apply with their reasons, under this run's; a score set back to the case's is no deviation")
    func scenarioScores() throws {
        let folder = TestSupport.temporaryFolder("scenario-scores")
        // The case with the files it refers to (region, the members' judgements).
        for name in ["ureining-miljo-tilsyn.yaml", "region.yaml", "judgements"] {
            try FileManager.default.copyItem(atPath: TestSupport.path("Cases/sogn/\(name)"), toPath: folder.appendingPathComponent(name).path)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("../Criteria"), withIntermediateDirectories: true)
        let text = try String(contentsOfFile: folder.appendingPathComponent("ureining-miljo-tilsyn.yaml").path, encoding: .utf8)
        try text.replacingOccurrences(of: "../../Criteria/", with: TestSupport.path("Criteria") + "/")
            .write(to: folder.appendingPathComponent("ureining-miljo-tilsyn.yaml"), atomically: true, encoding: .utf8)
        let scenario = TestSupport.write(
            """
            kind: scenario
            id: fag
            title: { nn: "Svakare fagmiljø i Luster" }
            case: "ureining-miljo-tilsyn.yaml"
            reason: { nn: "Prøve." }
            scores:
              luster:
                fagmiljo: { level: 2, reason: "To fagfolk sluttar." }

            """, to: "s.scenario.fag.yaml", in: folder)
        let evaluated = try EvaluateCase.run(StudyInput(path: scenario))
        let change = try #require(evaluated.provenance.scores.first)
        #expect(evaluated.provenance.scores.count == 1)
        #expect(change.municipality == "luster" && change.criterion == "fagmiljo" && change.from == .level(4) && change.to == .level(2))
        guard case let .scenario(title, reason) = change.origin else {
            Issue.record("not a scenario's change: \(change.origin)")
            return
        }
        #expect(title.text(.nn) == "Svakare fagmiljø i Luster")
        #expect(reason.text(.nn) == "To fagfolk sluttar.")
        let direct = try EvaluateCase.run(
            StudyInput(
                path: folder.appendingPathComponent("ureining-miljo-tilsyn.yaml").path,
                scores: [try ScoreAdjustmentText.parse(item: "luster.fagmiljo=2")]))
        #expect(evaluated.evaluation.candidates.map(\.total) == direct.evaluation.candidates.map(\.total))
        let back = try EvaluateCase.run(StudyInput(path: scenario, scores: [try ScoreAdjustmentText.parse(item: "luster.fagmiljo=4")]))
        #expect(back.provenance.scores.isEmpty)

        // Refused in the file, each with file:line:column.
        let bad = TestSupport.write(
            """
            kind: scenario
            id: feil
            title: { nn: "Feil" }
            case: "ureining-miljo-tilsyn.yaml"
            reason: { nn: "Prøve." }
            scores:
              lustr:
                fagmiljo: { level: 2, reason: "x" }
              luster:
                fagmijlo: { level: 2, reason: "x" }
                rekruttering: { level: 8, reason: "x" }
                lokale: { level: 2 }

            """, to: "s.scenario.feil.yaml", in: folder)
        do {
            _ = try Loader.load(at: bad)
            Issue.record("a bad scenario loaded")
        } catch {
            #expect(
                error.diagnostics.map { $0.formatted(in: .nn) } == [
                    "\(bad):7:3: feil: " + Problem.unknownReference(kind: .candidate, id: "lustr", suggestion: "luster").message(in: .nn),
                    "\(bad):10:5: feil: " + Problem.unknownReference(kind: .criterion, id: "fagmijlo", suggestion: "fagmiljo").message(in: .nn),
                    "\(bad):11:28: feil: " + Problem.levelOutOfScale(level: 8, levels: [1, 2, 3, 4, 5]).message(in: .nn),
                    "\(bad):12:13: feil: " + Problem.missingKey(key: "reason").message(in: .nn),
                ])
        }
    }
}
