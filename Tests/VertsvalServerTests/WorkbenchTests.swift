import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VertsvalServer
import VertsvalTestSupport

@Suite struct WorkbenchTests {
    /// The secret the pages carry in these tests.
    static let token = "test-token"

    /// A workbench on port 0: the test client's `Host: localhost` is accepted.
    static func app(root: String = TestSupport.packageRoot.path, host: String = "127.0.0.1") -> some ApplicationProtocol {
        Application(router: Workbench.router(WorkbenchConfiguration(root: root, host: host, port: 0, token: token)))
    }

    /// What the workbench's own page sends with a write.
    static let pageHeaders: HTTPFields = [
        .contentType: "application/json", .origin: "http://localhost", .vertsvalToken: token,
    ]

    static func json(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(String(buffer: buffer).utf8)) as? [String: Any]) ?? [:]
    }

    @Test("The pages and assets are served from the binary, without external references")
    func pages() async throws {
        try await Self.app().test(.router) { client in
            for path in [
                "/", "/case", "/portfolio", "/judgement", "/app.css", "/common.js", "/case.js", "/portfolio.js", "/judgement.js", "/index.js",
                "/texts.js",
            ] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok, "\(path)")
                    let text = String(buffer: response.body)
                    #expect(!text.contains("http://") && !text.contains("https://"), "\(path) refers outside")
                }
            }
        }
    }

    @Test("The pages hold no inline script, event handler or style attribute, and every script they load is served")
    func noInlineScript() async throws {
        try await Self.app().test(.router) { client in
            let scriptTag = try Regex(#"<script\b[^>]*>"#).ignoresCase()
            let source = try Regex(#"\ssrc\s*=\s*"([^"]*)""#).ignoresCase()
            let inlineAttribute = try Regex(#"<[a-z][^>]*\s(on[a-z]+|style)\s*="#).ignoresCase()
            var scripts: Set<String> = []
            for path in ["/", "/case", "/portfolio", "/judgement"] {
                let html = try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok, "\(path)")
                    return String(buffer: response.body)
                }
                let tags = html.matches(of: scriptTag).map { String(html[$0.range]) }
                #expect(!tags.isEmpty, "\(path) loads no script")
                for tag in tags {
                    if let src = tag.firstMatch(of: source)?.output[1].substring {
                        scripts.insert(String(src))
                    } else {
                        Issue.record("\(path) has an inline script: \(tag)")
                    }
                }
                for match in html.matches(of: inlineAttribute) {
                    Issue.record("\(path) has an inline attribute: \(html[match.range])")
                }
            }
            #expect(scripts == ["/texts.js", "/common.js", "/index.js", "/case.js", "/portfolio.js", "/judgement.js"])
            for script in scripts {
                try await client.execute(uri: script, method: .get) { response in
                    #expect(response.status == .ok, "\(script)")
                    #expect(response.headers[.contentType] == "text/javascript; charset=utf-8", "\(script)")
                }
            }
        }
    }

    @Test("Moving a weight re-ranks: the same answer as the command line")
    func evaluate() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/api/case/evaluate?file=Cases/sogn/ureining-miljo-tilsyn.yaml&weights=reisetid=30", method: .get) {
                response in
                #expect(response.status == .ok)
                let json = Self.json(response.body)
                #expect(json["leader"] as? String == "sogndal")
                #expect(json["weightsChanged"] as? Bool == true)
                #expect((json["weightPoints"] as? [String: Double])?["reisetid"] == 30)
            }
            try await client.execute(uri: "/api/case/evaluate?file=Cases/sogn/ureining-miljo-tilsyn.yaml&weights=fagmijlo=30", method: .get) {
                response in
                #expect(response.status == .badRequest)
                let error = Self.json(response.body)["error"] as? [String: Any]
                #expect(error?["message"] as? String == "ukjend kriterium «fagmijlo»; meinte du «fagmiljo»?")
            }
        }
    }

    @Test("Paths outside the folder, missing files and invalid data are refused with a message")
    func refusals() async throws {
        let fixture = Fixture(case: { $0.replacingFirst("level: 3,", with: "level: 9,") })
        try await Self.app(root: fixture.folder.path).test(.router) { client in
            try await client.execute(uri: "/api/case/evaluate?file=../../etc/passwd.yaml", method: .get) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/case/evaluate?file=/etc/hosts", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/case/evaluate?file=nope.yaml", method: .get) { response in
                #expect(response.status == .notFound)
                let error = Self.json(response.body)["error"] as? [String: Any]
                #expect(error?["message"] as? String == "datafila «nope.yaml» finst ikkje")
            }
            try await client.execute(uri: "/api/case/evaluate?lang=en", method: .get) { response in
                #expect(response.status == .badRequest)
                let error = Self.json(response.body)["error"] as? [String: Any]
                #expect(error?["message"] as? String == "no data file chosen; open the case from the list of cases")
            }
            try await client.execute(uri: "/api/case/evaluate?file=case.yaml", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                let error = Self.json(response.body)["error"] as? [String: Any]
                #expect(
                    (error?["diagnostics"] as? [String])?.first?.hasSuffix(
                        "case.yaml:13:19: feil: nivå 9 finst ikkje på skalaen; bruk eit heilt tal frå 1 til 3") == true)
            }
        }
    }

    @Test("Saving a scenario writes a new file next to the case and never overwrites one")
    func scenario() async throws {
        let fixture = Fixture()
        let body = #"{"file":"case.yaml","id":"meir-fag","title":"Meir fag","reason":"Prøve.","weights":{"fag":80}}"#
        try await Self.app(root: fixture.folder.path).test(.router) { client in
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: Self.pageHeaders, body: ByteBuffer(string: body)) {
                response in
                #expect(response.status == .created)
            }
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: Self.pageHeaders, body: ByteBuffer(string: body)) {
                response in
                #expect(response.status == .conflict)
            }
            try await client.execute(uri: "/api/case/evaluate?file=case.scenario.meir-fag.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let json = Self.json(response.body)
                #expect((json["weightPoints"] as? [String: Double])?["fag"] == 80)
                let explanation = json["explanation"] as? [String: Any]
                #expect((explanation?["weights"] as? [String])?.first?.hasPrefix("Scenarioet «Meir fag» endrar vekta på fagmiljø") == true)
            }
            let noReason = #"{"file":"case.yaml","id":"x","title":"X","reason":" ","weights":{}}"#
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: Self.pageHeaders, body: ByteBuffer(string: noReason)) {
                response in
                #expect(response.status == .badRequest)
            }
        }
        let saved = try String(contentsOfFile: fixture.path("case.scenario.meir-fag.yaml"), encoding: .utf8)
        #expect(saved.contains("kind: scenario"))
        #expect(saved.contains("  fag: 80"))
    }

    @Test("A scenario saved with a score tried keeps the score with its reason, and evaluates with it as a scenario deviation")
    func scenarioWithScore() async throws {
        let fixture = Fixture()
        let body = #"{"file":"case.yaml","id":"b-sterk","title":"B sterk","reason":"Nytt fagmiljø i B.","weights":{},"scores":"b.fag=3"}"#
        try await Self.app(root: fixture.folder.path).test(.router) { client in
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: Self.pageHeaders, body: ByteBuffer(string: body)) {
                response in
                #expect(response.status == .created)
            }
            try await client.execute(uri: "/api/case/evaluate?file=case.scenario.b-sterk.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let provenance = Self.json(response.body)["provenance"] as? [String: Any]
                let changes = provenance?["scoreChanges"] as? [[String: Any]]
                #expect(changes?.count == 1)
                #expect(changes?.first?["from"] as? Double == 2)
                #expect(changes?.first?["to"] as? Double == 3)
                #expect(changes?.first?["source"] as? String == "scenario")
                #expect(changes?.first?["reason"] as? String == "Nytt fagmiljø i B.")
            }
            let bad = #"{"file":"case.yaml","id":"x","title":"X","reason":"R","weights":{},"scores":"b.fag=7"}"#
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: Self.pageHeaders, body: ByteBuffer(string: bad)) {
                response in
                #expect(response.status == .badRequest)
                let error = Self.json(response.body)["error"] as? [String: Any]
                #expect(error?["message"] as? String == "7 er ikkje eit nivå på skalaen til «fag»; skriv eit heilt tal frå 1 til 3")
            }
        }
        let saved = try String(contentsOfFile: fixture.path("case.scenario.b-sterk.yaml"), encoding: .utf8)
        #expect(saved.contains("scores:\n  b:\n    fag: { level: 3, reason: { nn: \"Nytt fagmiljø i B.\" } }\n"))
        #expect(!saved.contains("weights:"))
        #expect(try String(contentsOfFile: fixture.path("case.yaml"), encoding: .utf8) == Fixture.caseFile)
    }

    @Test("Switching a portfolio rule off re-optimises; the report downloads as PDF")
    func portfolio() async throws {
        try await Self.app().test(.router) { client in
            var with = 0.0
            try await client.execute(uri: "/api/portfolio/optimize?file=Cases/sogn/tenester-2027.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let result = Self.json(response.body)["result"] as? [String: Any]
                with = result?["objective"] as? Double ?? .nan
            }
            try await client.execute(uri: "/api/portfolio/optimize?file=Cases/sogn/tenester-2027.yaml&off=balance,services", method: .get) {
                response in
                let json = Self.json(response.body)
                let result = json["result"] as? [String: Any]
                let without = result?["objective"] as? Double ?? .nan
                #expect(without > with)
                let rules = json["rules"] as? [[String: Any]]
                #expect(rules?.first { $0["id"] as? String == "balance" }?["on"] as? Bool == false)
            }
            try await client.execute(uri: "/api/case/report?file=Cases/sogn/ureining-miljo-tilsyn.yaml&format=pdf&date=2026-02-10", method: .get) {
                response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(String(buffer: response.body).hasPrefix("%PDF-"))
            }
        }
    }

    @Test("A live server answers on a real socket")
    func live() async throws {
        let app = Application(
            router: Workbench.router(WorkbenchConfiguration(root: TestSupport.packageRoot.path, port: 0)),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await client.execute(uri: "/api/files", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("Cases/sogn/ureining-miljo-tilsyn.yaml"))
            }
        }
    }
}
