import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Vertsval
import VertsvalReport
import VertsvalServer
import VertsvalStudy
import VertsvalTestSupport

/// The judgement page's routes: the form's facts, the preview (figures from the domain), and
/// saving, with the protections of a scenario save.
@Suite struct JudgementPageTests {
    static let form =
        #"{"member":"Kari Nordmann","municipality":"b","role":"styremedlem","date":"2026-02-20","method":"swing","points":{"fag":100,"kost":40,"reise":10}}"#
    static let save = #"{"file":"case.yaml","form":\#(form)}"#

    /// The fixture's folder as it was written: nothing saved.
    static func untouched(_ fixture: Fixture) throws {
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted() == ["case.yaml", "region.yaml", "template.yaml"])
        #expect(try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8) == Fixture.caseFile)
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ body: String, headers: HTTPFields = WorkbenchTests.pageHeaders)
        async throws -> (HTTPResponse.Status, [String: Any])
    {
        try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            (response.status, WorkbenchTests.json(response.body))
        }
    }

    static func message(_ json: [String: Any]) -> String { ((json["error"] as? [String: Any])?["message"] as? String) ?? "" }

    @Test(
        "A save from another site, as text/plain, or without the page's secret is refused; nothing is written",
        arguments: [
            (SecurityTests.headers(origin: "http://evil.example"), HTTPResponse.Status.forbidden),
            (SecurityTests.headers(origin: nil), .forbidden),
            (SecurityTests.headers(type: "text/plain"), .unsupportedMediaType),
            (SecurityTests.headers(token: nil), .forbidden),
            (SecurityTests.headers(token: "guess"), .forbidden),
        ])
    func crossSite(_ headers: HTTPFields, _ status: HTTPResponse.Status) async throws {
        let fixture = Fixture()
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            let saved = try await Self.post(client, "/api/judgement", Self.save, headers: headers).0
            let previewed = try await Self.post(client, "/api/judgement/preview", Self.save, headers: headers).0
            #expect(saved == status && previewed == status)
        }
        try Self.untouched(fixture)
    }

    @Test(
        "Hostile bodies are refused with a clear message and nothing is written",
        arguments: [
            (#"{"file":"../case.yaml","form":\#(form)}"#, HTTPResponse.Status.forbidden, "is outside the workbench folder"),
            (#"{"file":"/etc/passwd","form":\#(form)}"#, .badRequest, "is not a data file"),
            (
                #"{"file":"case.yaml","form":{"member":"K","municipality":"b","method":"swing","points":{"fag":NaN,"kost":1,"reise":1}}}"#,
                .badRequest, "with finite numbers"
            ),
            (
                #"{"file":"case.yaml","form":{"member":"K","municipality":"b","method":"swing","points":{"fag":1e999,"kost":1,"reise":1}}}"#,
                .badRequest, ""
            ),
            (
                #"{"file":"case.yaml","form":{"member":"K","municipality":"b","method":"swing","points":{"fag":100,"kost":1,"reisa":1}}}"#,
                .badRequest, "2 errors in the form"
            ),
            (
                #"{"file":"case.yaml","form":{"member":"K","municipality":"oslo","method":"rank","ranks":{"fag":1,"kost":2,"reise":3}}}"#,
                .badRequest, "'oslo' is no municipality of the region (valid: a, b, c)"
            ),
            (
                #"{"file":"case.yaml","form":{"member":"K","municipality":"b","method":"pairwise","pairs":{"fag":{"kost":"1/0","reise":"1"},"kost":{"reise":"1"}}}}"#,
                .badRequest, "'fag' against 'kost': '1/0' is not on the scale"
            ),
            (#"{"file":"case.yaml"}"#, .badRequest, "expected JSON"),
        ])
    func hostileBodies(_ body: String, _ status: HTTPResponse.Status, _ text: String) async throws {
        let fixture = Fixture()
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            let (answer, json) = try await Self.post(client, "/api/judgement?lang=en", body)
            #expect(answer == status, "\(json)")
            #expect(text.isEmpty || Self.message(json).contains(text), "\(json)")
        }
        try Self.untouched(fixture)
    }

    @Test("A body over 64 KiB is refused before it is read")
    func oversize() async throws {
        let fixture = Fixture()
        let note = String(repeating: "x", count: 70 * 1024)
        let body =
            #"{"file":"case.yaml","form":{"member":"K","municipality":"b","method":"swing","points":{"fag":100,"kost":1,"reise":1},"note":"\#(note)"}}"#
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            let (status, json) = try await Self.post(client, "/api/judgement?lang=en", body)
            #expect(status == .contentTooLarge)
            #expect(Self.message(json) == "the request is too large (at most 64 KiB)")
        }
        try Self.untouched(fixture)
    }

    @Test("A file name with a path in it stays in the judgements folder")
    func traversalName() async throws {
        let fixture = Fixture()
        let body = #"{"file":"case.yaml","fileName":"../../../tmp/evil","form":\#(Self.form)}"#
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            let (status, json) = try await Self.post(client, "/api/judgement", body)
            #expect(status == .created)
            #expect(json["path"] as? String == "judgements/tmpevil.yaml")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.path("judgements")) == ["tmpevil.yaml"])
    }

    @Test("Saving writes the file, lists it in the case, and the case's members now include it; saving again is a conflict")
    func saveAndShow() async throws {
        let fixture = Fixture()
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            let (status, json) = try await Self.post(client, "/api/judgement", Self.save)
            #expect(status == .created)
            #expect(json["path"] as? String == "judgements/kari-nordmann.yaml")
            #expect(json["listing"] as? String == "added")
            let (again, second) = try await Self.post(client, "/api/judgement?lang=en", Self.save)
            #expect(again == .conflict)
            #expect(Self.message(second).hasPrefix("judgement 'judgements/kari-nordmann.yaml' already exists"))
            try await client.execute(uri: "/api/judgement/form?file=case.yaml", method: .get) { response in
                let facts = WorkbenchTests.json(response.body)
                let members = facts["members"] as? [[String: Any]]
                #expect(members?.first?["member"] as? String == "Kari Nordmann")
                #expect(members?.first?["file"] as? String == "judgements/kari-nordmann.yaml")
                #expect((facts["municipalities"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a", "b", "c"])
            }
            try await client.execute(uri: "/api/case/members?file=case.yaml&lang=en", method: .get) { response in
                #expect(response.status == .ok)
                let blocks = WorkbenchTests.json(response.body)["blocks"] as? [[String: Any]] ?? []
                #expect(blocks.first?["type"] as? String == "heading")
                let tables = blocks.filter { $0["type"] as? String == "table" }
                #expect((tables.first?["rows"] as? [[String]])?.first?.first == "Kari Nordmann")
            }
        }
        let loaded = try Loader.loadCase(at: fixture.path("case.yaml"))
        #expect(loaded.case.judgements.first?.method == .swing(points: [100, 40, 10]))
    }

    @Test("The page's AHP figures are the domain's: weights, λmax, CI, RI, CR and the pairs that fit least")
    func previewFigures() async throws {
        let fixture = Fixture()
        let body =
            #"{"file":"case.yaml","form":{"member":"","municipality":"","method":"pairwise","pairs":{"fag":{"kost":"5","reise":"1/3"},"kost":{"reise":"4"}}}}"#
        let domain = PairwiseComparison(upperTriangle: [[SaatyValue(5), SaatyValue(3, reciprocal: true)], [SaatyValue(4)]], count: 3).solve()
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            let (status, json) = try await Self.post(client, "/api/judgement/preview?lang=en", body)
            #expect(status == .ok, "\(json)")
            let weights = json["weights"] as? [String: Double] ?? [:]
            #expect([weights["fag"], weights["kost"], weights["reise"]] == domain.weights.map { 100 * $0 })
            let pairwise = json["pairwise"] as? [String: Any] ?? [:]
            #expect(pairwise["lambdaMax"] as? Double == domain.lambdaMax)
            #expect(pairwise["consistencyIndex"] as? Double == domain.consistencyIndex)
            #expect(pairwise["randomIndex"] as? Double == 0.58)
            #expect(pairwise["consistencyRatio"] as? Double == domain.consistencyRatio)
            #expect(pairwise["acceptable"] as? Bool == domain.isAcceptable)
            let worst = pairwise["worst"] as? [[String: Any]] ?? []
            #expect(worst.map { $0["consistent"] as? String } == domain.worstJudgements().map(\.consistent.description))
            #expect(domain.consistencyRatio > 0.10 && worst.count == 3)
            #expect((pairwise["sentence"] as? String)?.hasPrefix("The pairwise judgements of this member have a consistency ratio of") == true)
        }
        try Self.untouched(fixture)
    }

    @Test("The case page's members' results are the report's: the same sentences and cells")
    func membersAsReport() async throws {
        let path = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")
        let study = try #require(try ViewMembersJudgements.run(.init(input: StudyInput(path: path))))
        let report = MembersReport(study.view, evaluation: study.evaluated.evaluation, language: .nb).blocks()
        try await WorkbenchTests.app().test(.router) { client in
            try await client.execute(uri: "/api/case/members?file=Cases/sogn/ureining-miljo-tilsyn.yaml&lang=nb", method: .get) { response in
                let blocks = WorkbenchTests.json(response.body)["blocks"] as? [[String: Any]] ?? []
                #expect(blocks.count == report.count)
                for (json, block) in zip(blocks, report) {
                    switch block {
                    case .paragraph(let text): #expect(json["text"] as? String == text)
                    case .table(let table):
                        #expect(json["rows"] as? [[String]] == table.rows)
                        #expect(json["footer"] as? [[String]] == table.footer)
                    case .chart(let chart):
                        #expect(json["altText"] as? String == chart.altText && (json["svg"] as? String)?.hasPrefix("<svg") == true)
                    default: continue
                    }
                }
            }
        }
    }

    @Test("The members' section of a draft has its own one-line note: the report's first sentence of the run's provenance, after the heading")
    func membersDraftNote() async throws {
        let path = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")
        let tried = try ScoreAdjustmentText.parse(list: "luster.fagmiljo=2")
        let study = try #require(try ViewMembersJudgements.run(.init(input: StudyInput(path: path, scores: tried))))
        let lead = try #require(ProvenanceNote(study.provenance, language: .nn).lead)
        #expect(lead == "Dette er eit utkast med skårar endra for denne køyringa, ikkje resultatet med skårane i saka.")
        let weighted = try #require(
            try ViewMembersJudgements.run(.init(input: StudyInput(path: path, weights: try WeightAdjustmentText.parse(list: "reisetid=30")))))
        let weightLead = try #require(ProvenanceNote(weighted.provenance, language: .nn).lead)
        #expect(weightLead.hasPrefix("Dette er eit utkast med vekter endra for denne køyringa"))
        try await WorkbenchTests.app().test(.router) { client in
            func blocks(_ query: String) async throws -> [[String: Any]] {
                try await client.execute(uri: "/api/case/members?file=Cases/sogn/ureining-miljo-tilsyn.yaml&lang=nn" + query, method: .get) {
                    WorkbenchTests.json($0.body)["blocks"] as? [[String: Any]] ?? []
                }
            }
            func drafts(_ blocks: [[String: Any]]) -> [String] {
                blocks.filter { $0["type"] as? String == "note" && $0["label"] as? String == "Utkast" }.compactMap { $0["text"] as? String }
            }
            let draft = try await blocks("&scores=luster.fagmiljo%3D2")
            #expect(drafts(draft) == [lead])
            #expect(draft.first?["type"] as? String == "heading")
            #expect(draft.dropFirst().first?["label"] as? String == "Utkast")
            #expect(drafts(try await blocks("&weights=reisetid%3D30")) == [weightLead])
            let plain = try await blocks("")
            #expect(!plain.isEmpty && drafts(plain).isEmpty)
            #expect(plain.count == draft.count - 1)
        }
    }
}
