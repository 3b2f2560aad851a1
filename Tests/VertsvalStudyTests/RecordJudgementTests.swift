import Foundation
import Testing
import Vertsval
import VertsvalStudy
import VertsvalTestSupport

/// Recording a member's judgement from the workbench's form: checked against the case's
/// template and region, written where the case is, read back by the judgement loader, and
/// listed in the case without touching its other lines.
@Suite struct RecordJudgementTests {
    static let today = CalendarDate(iso: "2026-02-23") ?? CalendarDate(utc: Date())

    static func form(
        member: String = "Kari Nordmann", municipality: String = "b", method: String = "rank", ranks: [String: Double]? = nil,
        points: [String: Double]? = nil, pairs: [String: [String: String]]? = nil
    ) -> JudgementForm {
        JudgementForm(
            member: member, municipality: municipality, role: "styremedlem for Bby", date: "2026-02-20", note: "Mi vurdering.",
            method: method, rule: method == "rank" ? "sum" : nil, ranks: ranks ?? ["fag": 1, "kost": 2, "reise": 2], points: points,
            pairs: pairs)
    }

    static let methods: [JudgementForm] = [
        form(),
        form(method: "swing", points: ["fag": 100, "kost": 37.5, "reise": 0]),
        form(method: "pairwise", pairs: ["fag": ["kost": "3", "reise": "5"], "kost": ["reise": "1/2"]]),
    ]

    static func record(_ fixture: Fixture, _ form: JudgementForm, fileName: String = "", replace: Bool = false, root: String? = nil)
        throws(StudyError) -> RecordJudgement.Result
    {
        try RecordJudgement.run(
            .init(casePath: fixture.path("case.yaml"), form: form, fileName: fileName, replace: replace, language: .nn, today: today, root: root))
    }

    @Test(
        "Each method round-trips: the file loads with the judgement loader, and the case loads it with the same inputs and weights",
        arguments: methods)
    func roundTrip(_ form: JudgementForm) throws {
        let fixture = Fixture()
        let before = try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8)
        let result = try Self.record(fixture, form, root: fixture.folder.path)
        #expect(result.path == fixture.path("judgements/kari-nordmann.yaml"))
        #expect(result.listing == .added)
        // The case keeps every line and gains the list.
        let after = try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8)
        #expect(after == before + "\njudgements:\n  - judgements/kari-nordmann.yaml\n")
        guard case .judgement(let alone, _) = try Loader.load(at: result.path, expecting: [.judgement]) else {
            Issue.record("not a judgement")
            return
        }
        #expect(alone.method == result.judgement.method)
        let loaded = try Loader.loadCase(at: fixture.path("case.yaml"))
        let read = try #require(loaded.case.judgements.first)
        #expect(loaded.case.judgements.count == 1)
        #expect(read.member == "Kari Nordmann" && read.municipality == "b" && read.template == "mal")
        #expect(read.role?.text(.nn) == "styremedlem for Bby" && read.note?.text(.nn) == "Mi vurdering.")
        #expect(read.date == CalendarDate(iso: "2026-02-20"))
        #expect(read.criteria == ["fag", "kost", "reise"])
        #expect(read.method == result.judgement.method)
        #expect(read.weights == result.judgement.weights)
        #expect(abs(read.weights.reduce(0, +) - 1) < 1e-12)
    }

    @Test("The form's facts: the template's criteria in order with its own weights as fractions, 70 : 30 : 20 by hand")
    func formFacts() throws {
        let fixture = Fixture(template: { $0.replacingOccurrences(of: "weight: 50", with: "weight: 70") })
        let facts = try RecordJudgement.formFacts(forCaseAt: fixture.path("case.yaml"))
        #expect(facts.criteria.map(\.criterion.id) == ["fag", "kost", "reise"])
        let byHand = [70.0 / 120, 30.0 / 120, 20.0 / 120]
        #expect(facts.criteria.count == byHand.count)
        for (fact, weight) in zip(facts.criteria, byHand) { #expect(abs(fact.weight - weight) < 1e-12, "\(fact.criterion.id)") }
        #expect(
            facts.loaded.case.candidates.map(\.municipality)
                == (try Loader.loadCase(at: fixture.path("case.yaml"))).case.candidates.map(\.municipality))
    }

    @Test("The inputs become the method in template order: ranks with the rule, points, the upper triangle")
    func inputs() throws {
        let fixture = Fixture()
        let template = try Loader.loadCase(at: fixture.path("case.yaml")).template
        #expect(try Self.methods[0].method(for: template) == .rank(ranks: [1, 2, 2], rule: .sum))
        #expect(try Self.methods[1].method(for: template) == .swing(points: [100, 37.5, 0]))
        #expect(
            try Self.methods[2].method(for: template)
                == .pairwise(upperTriangle: [[SaatyValue(3), SaatyValue(5)], [SaatyValue(2, reciprocal: true)], []]))
    }

    @Test(
        "Every problem of the form is named, and nothing is written",
        arguments: [
            (form(member: "  "), [JudgementFormProblem.memberMissing]),
            (form(municipality: "bbb"), [.unknownMunicipality("bbb", suggestion: "b", valid: ["a", "b", "c"])]),
            (form(method: "ahp"), [.unknownMethod("ahp")]),
            (
                form(ranks: ["fag": 1, "kost": 2, "reisa": 3]),
                [
                    .unknownCriterion("reisa", suggestion: "reise", valid: ["fag", "kost", "reise"]),
                    .inputsMissing(method: .rank, criteria: ["reise"]),
                ]
            ),
            (
                form(ranks: ["fag": 1.5, "kost": 0, "reise": 4]),
                [
                    .rankOutOfRange(criterion: "fag", value: 1.5, count: 3), .rankOutOfRange(criterion: "kost", value: 0, count: 3),
                    .rankOutOfRange(criterion: "reise", value: 4, count: 3),
                ]
            ),
            (
                form(method: "swing", points: ["fag": .nan, "kost": .infinity, "reise": -1]),
                [
                    .pointsOutOfRange(criterion: "fag", value: .nan), .pointsOutOfRange(criterion: "kost", value: .infinity),
                    .pointsOutOfRange(criterion: "reise", value: -1),
                ]
            ),
            (form(method: "swing", points: ["fag": 90, "kost": 50, "reise": 0]), [.swingTopNot100(highest: 90)]),
            (
                form(method: "pairwise", pairs: ["fag": ["kost": "10", "reise": "2/3"], "kost": ["reise": "1"]]),
                [
                    .notOnSaatyScale(first: "fag", second: "kost", value: "10"), .notOnSaatyScale(first: "fag", second: "reise", value: "2/3"),
                ]
            ),
            (
                form(method: "pairwise", pairs: ["fag": ["kost": "3"], "reise": ["kost": "3"]]),
                [
                    .pairOutOfOrder(first: "reise", second: "kost"), .inputsMissing(method: .pairwise, criteria: ["fag–reise", "kost–reise"]),
                ]
            ),
        ])
    func problems(_ form: JudgementForm, _ expected: [JudgementFormProblem]) throws {
        let fixture = Fixture()
        do {
            _ = try Self.record(fixture, form)
            Issue.record("saved")
        } catch {
            guard case .judgementForm(let problems) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            // NaN is not equal to itself; compare the messages, which show the values.
            #expect(problems.map { $0.message(in: .en) } == expected.map { $0.message(in: .en) })
            #expect(error.category == .invalidRequest)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.path("judgements/kari-nordmann.yaml")))
        #expect(try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8) == Fixture.caseFile)
    }

    @Test("An existing file is never replaced unless asked, and then only by the same member; a member is listed once")
    func overwriting() throws {
        let fixture = Fixture()
        _ = try Self.record(fixture, Self.methods[0])
        let first = try String(contentsOfFile: fixture.path("judgements/kari-nordmann.yaml"), encoding: .utf8)
        // Another member asking for the same file name.
        #expect(throws: StudyError.self) { try Self.record(fixture, Self.form(member: "Ola"), fileName: "kari-nordmann") }
        do {
            _ = try Self.record(fixture, Self.form(member: "Ola"), fileName: "kari-nordmann")
        } catch {
            #expect(
                error.message(in: .en)
                    == "judgement 'judgements/kari-nordmann.yaml' already exists; choose another file name, or tick the box to replace it if it is yours"
            )
            #expect(error.category == .conflict)
        }
        do {
            _ = try Self.record(fixture, Self.form(member: "Ola"), fileName: "kari-nordmann", replace: true)
            Issue.record("replaced another member's judgement")
        } catch {
            #expect(
                error.message(in: .en)
                    == "'judgements/kari-nordmann.yaml' is not a judgement by the same member, so it is not replaced; choose another file name")
        }
        // The same member under another file name.
        do {
            _ = try Self.record(fixture, Self.methods[1], fileName: "kari-2")
            Issue.record("listed one member twice")
        } catch {
            #expect(error.message(in: .en).hasPrefix("the case already has a judgement by 'Kari Nordmann' in 'judgements/kari-nordmann.yaml'"))
        }
        #expect(try String(contentsOfFile: fixture.path("judgements/kari-nordmann.yaml"), encoding: .utf8) == first)
        #expect(!FileManager.default.fileExists(atPath: fixture.path("judgements/kari-2.yaml")))
        // Replacing one's own: the new inputs, the case listing it once.
        let result = try Self.record(fixture, Self.methods[1], replace: true)
        #expect(result.listing == .alreadyListed)
        let loaded = try Loader.loadCase(at: fixture.path("case.yaml"))
        #expect(loaded.case.judgements.map(\.member) == ["Kari Nordmann"])
        #expect(loaded.case.judgements.first?.method == .swing(points: [100, 37.5, 0]))
        let folder = try FileManager.default.contentsOfDirectory(atPath: fixture.path("judgements"))
        #expect(folder == ["kari-nordmann.yaml"], "no temporary file is left")
    }

    @Test("A file name cannot leave the judgements folder", arguments: ["../../etc/passwd", "../case", "/tmp/x", "..", "a/../../b"])
    func fileNames(_ name: String) throws {
        let fixture = Fixture()
        do {
            let result = try Self.record(fixture, Self.methods[0], fileName: name, root: fixture.folder.path)
            #expect(URL(fileURLWithPath: result.path).deletingLastPathComponent().path == fixture.path("judgements"))
            #expect(result.reference.hasPrefix("judgements/") && !result.reference.dropFirst(11).contains("/"))
        } catch {
            #expect(error.category == .invalidRequest, "\(error)")
        }
        #expect(try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8).hasPrefix(Fixture.caseFile))
    }

    @Test("A judgements folder that is a link out of the root is refused and nothing is written there")
    func linkedFolder() throws {
        let fixture = Fixture()
        let outside = TestSupport.temporaryFolder("outside")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("judgements"), withDestinationPath: outside.path)
        do {
            _ = try Self.record(fixture, Self.methods[0], root: fixture.folder.path)
            Issue.record("wrote through the link")
        } catch {
            #expect(error.message(in: .en).hasPrefix("the folder 'judgements' next to the case leads out of the workbench folder"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test("A scenario is refused: a judgement belongs to a case")
    func scenario() throws {
        let fixture = Fixture()
        let path = try SaveScenario.run(
            .init(casePath: fixture.path("case.yaml"), id: "s", title: "S", reason: "R.", weights: ["fag": 80], language: .nn, created: Self.today))
        #expect(throws: StudyError.self) {
            try RecordJudgement.run(.init(casePath: path, form: Self.methods[0], language: .nn, today: Self.today))
        }
    }

    @Test("A list written in flow style is left alone, and the line to add is given")
    func flowList() throws {
        let fixture = Fixture(case: { $0 + "judgements: []\n" })
        let before = try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8)
        let result = try Self.record(fixture, Self.methods[0])
        #expect(result.listing == .addByHand(line: "  - judgements/kari-nordmann.yaml"))
        #expect(try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8) == before)
        #expect(FileManager.default.fileExists(atPath: result.path))
    }

    @Test("The preview's figures are the domain's: the eigenvector, λmax, CI, CR and the judgements that fit least")
    func preview() throws {
        let fixture = Fixture()
        // fag : kost = 9 with fag : reise = 1/9 and kost : reise = 9 is far from consistent.
        let form = Self.form(method: "pairwise", pairs: ["fag": ["kost": "9", "reise": "1/9"], "kost": ["reise": "9"]])
        let preview = try PreviewJudgement.run(.init(casePath: fixture.path("case.yaml"), form: form, language: .en))
        let domain = PairwiseComparison(
            upperTriangle: [[SaatyValue(9), SaatyValue(9, reciprocal: true)], [SaatyValue(9)]], count: 3
        ).solve()
        #expect(preview.weights == domain.weights)
        #expect(preview.pairwise == domain)
        #expect(domain.consistencyRatio > 0.10)
        // Independently: a cyclic 3×3 matrix a, 1/a … has the equal weights and λmax = 1 + a + 1/a... here a = 9 each way round:
        // row sums of A w for w = (1/3, 1/3, 1/3) are (1 + 9 + 1/9)/3 each, so λmax = 1 + 9 + 1/9.
        #expect(abs(domain.lambdaMax - (1 + 9 + 1.0 / 9)) < 1e-9)
        #expect(domain.weights.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
        let ci = (domain.lambdaMax - 3) / 2
        #expect(abs(domain.consistencyIndex - ci) < 1e-12 && abs(domain.consistencyRatio - ci / 0.58) < 1e-12)
        #expect(preview.consistency?.hasPrefix("The pairwise judgements of Kari Nordmann have a consistency ratio of ") == true)
        #expect(preview.consistency?.contains("above Saaty's limit of 0.10") == true)
        // Who is first under the weights: the same as evaluating the case with them.
        let loaded = try Loader.loadCase(at: fixture.path("case.yaml"))
        let set = try WeightSet(
            template: loaded.template, layered: zip(loaded.template.criteria, domain.weights).map { .init(criterion: $0.id, points: 100 * $1) })
        let evaluation = Evaluator.evaluate(loaded, weights: set)
        #expect(preview.first == evaluation.ranked.filter { $0.rank == 1 }.map(\.municipality.id))
        #expect(preview.totals.map(\.total) == evaluation.ranked.map(\.total))
    }
}

@Suite struct JudgementListEditorTests {
    static let ola = """
        kind: judgement
        member: Ola
        municipality: a
        template: mal
        method: swing
        points: { fag: 100, kost: 50, reise: 10 }

        """

    @Test("A block list gains one line after its last item, in its indentation; comments and every other line stay")
    func block() throws {
        let list = "judgements:   # the members\n    - \"judgements/ola.yaml\"  # Ola\n    # more to come\n\n"
        let fixture = Fixture(case: { $0.replacingFirst("scores:", with: list + "scores:") })
        try FileManager.default.createDirectory(atPath: fixture.path("judgements"), withIntermediateDirectories: false)
        TestSupport.write(Self.ola, to: "judgements/ola.yaml", in: fixture.folder)
        let before = try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8)
        let result = try RecordJudgementTests.record(fixture, RecordJudgementTests.methods[0])
        #expect(result.listing == .added)
        let after = try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8)
        let expected = before.replacingFirst(
            "    - \"judgements/ola.yaml\"  # Ola\n", with: "    - \"judgements/ola.yaml\"  # Ola\n    - judgements/kari-nordmann.yaml\n")
        #expect(after == expected)
        #expect(try Loader.loadCase(at: fixture.path("case.yaml")).case.judgements.map(\.member) == ["Ola", "Kari Nordmann"])
    }

    @Test("A list at the end of the file gains its line at the end")
    func atEnd() throws {
        let fixture = Fixture(case: { $0 + "judgements:\n- judgements/ola.yaml" })
        try FileManager.default.createDirectory(atPath: fixture.path("judgements"), withIntermediateDirectories: false)
        TestSupport.write(Self.ola, to: "judgements/ola.yaml", in: fixture.folder)
        _ = try RecordJudgementTests.record(fixture, RecordJudgementTests.methods[0])
        let after = try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8)
        #expect(after == Fixture.caseFile + "judgements:\n- judgements/ola.yaml\n- judgements/kari-nordmann.yaml\n")
    }
}

@Suite struct JudgementFormWordingTests {
    static let samples: [WordingSample] = [
        .init(FormProblem(JudgementFormProblem.memberMissing)),
        .init(FormProblem(JudgementFormProblem.tooLong(field: .member, limit: 120)), values: ["120"]),
        .init(FormProblem(JudgementFormProblem.tooLong(field: .role, limit: 300)), values: ["300"]),
        .init(FormProblem(JudgementFormProblem.tooLong(field: .note, limit: 2000)), values: ["2000"]),
        .init(
            FormProblem(JudgementFormProblem.unknownMunicipality("<id>", suggestion: "<s>", valid: ["<v1>", "<v2>"])),
            values: ["<id>", "<s>", "<v1>", "<v2>"]),
        .init(FormProblem(JudgementFormProblem.notADate("<date>")), values: ["<date>"]),
        .init(FormProblem(JudgementFormProblem.unknownMethod("<method>")), values: ["<method>", "rank", "swing", "pairwise"]),
        .init(FormProblem(JudgementFormProblem.unknownRule("<rule>")), values: ["<rule>", "centroid"]),
        .init(FormProblem(JudgementFormProblem.unknownCriterion("<id>", suggestion: nil, valid: ["<v1>"])), values: ["<id>", "<v1>"]),
        .init(FormProblem(JudgementFormProblem.inputsMissing(method: .rank, criteria: ["<c1>", "<c2>"])), values: ["<c1>", "<c2>"]),
        .init(FormProblem(JudgementFormProblem.inputsMissing(method: .swing, criteria: ["<c1>"])), values: ["<c1>"]),
        .init(FormProblem(JudgementFormProblem.inputsMissing(method: .pairwise, criteria: ["<p1>"])), values: ["<p1>"]),
        .init(FormProblem(JudgementFormProblem.rankOutOfRange(criterion: "<c>", value: 12, count: 8)), values: ["<c>", "12", "8"]),
        .init(FormProblem(JudgementFormProblem.pointsOutOfRange(criterion: "<c>", value: 120)), values: ["<c>", "120"]),
        .init(FormProblem(JudgementFormProblem.swingTopNot100(highest: 90)), values: ["90", "100"]),
        .init(FormProblem(JudgementFormProblem.notOnSaatyScale(first: "<a>", second: "<b>", value: "<v>")), values: ["<a>", "<b>", "<v>"]),
        .init(FormProblem(JudgementFormProblem.pairOutOfOrder(first: "<a>", second: "<b>")), values: ["<a>", "<b>"]),
    ]

    @Test("Every problem has a text in nn, nb and en that shows its values and keeps to its language", arguments: samples)
    func wording(_ sample: WordingSample) { sample.check() }

    @Test("Problems worded alike are one problem")
    func noDuplicates() { WordingSample.checkNoDuplicates(Self.samples) }
}

/// A form problem's message as a wording key.
struct FormProblem: WordingKey {
    let problem: JudgementFormProblem
    init(_ problem: JudgementFormProblem) { self.problem = problem }
    func text(in language: Language) -> String { problem.message(in: language) }
}
