import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VertsvalServer
import VertsvalTestSupport

/// The page's answers carry what the banner and the download label show: the what-if
/// note (the words of the report's page 1) and the portfolio's notice.
@Suite struct WhatIfPageTests {
    static let bundled = "Cases/sogn/ureining-miljo-tilsyn.yaml"

    @Test("A changed weight comes back with the draft note and a recommendation that names the template's result")
    func caseDraft() async throws {
        try await WorkbenchTests.app().test(.router) { client in
            let plain = try await client.execute(uri: "/api/case/evaluate?file=\(Self.bundled)&lang=nn", method: .get) {
                WorkbenchTests.json($0.body)
            }
            let official = try #require(plain["provenance"] as? [String: Any])
            #expect(official["note"] is NSNull)
            #expect(official["whatIf"] as? Bool == false)

            let uri = "/api/case/evaluate?file=\(Self.bundled)&weights=reisetid%3D30&lang=nn"
            let draft = try await client.execute(uri: uri, method: .get) { WorkbenchTests.json($0.body) }
            let provenance = try #require(draft["provenance"] as? [String: Any])
            let note = try #require(provenance["note"] as? [String: Any])
            #expect(note["label"] as? String == "Utkast")
            #expect((note["text"] as? String)?.contains("reisetid i regionen") == true)
            let recommendation = try #require((draft["explanation"] as? [String: Any])?["recommendation"] as? String)
            #expect(recommendation.hasPrefix("Med vektene som er endra for denne køyringa"))
            #expect(recommendation.contains("Med vektene i malen kjem"))
        }
    }

    @Test("A score tried in the address comes back as a draft that names it, in the note and the score changes")
    func caseScoreDraft() async throws {
        try await WorkbenchTests.app().test(.router) { client in
            let uri = "/api/case/evaluate?file=\(Self.bundled)&scores=luster.fagmiljo%3D2&lang=nn"
            let draft = try await client.execute(uri: uri, method: .get) { WorkbenchTests.json($0.body) }
            let provenance = try #require(draft["provenance"] as? [String: Any])
            #expect(provenance["whatIf"] as? Bool == true)
            let note = try #require(provenance["note"] as? [String: Any])
            #expect(note["label"] as? String == "Utkast")
            #expect((note["text"] as? String)?.hasSuffix("Luster har nivå 2 på «Fagmiljø og robustheit» i staden for nivå 4 som i saka.") == true)
            let changes = try #require(provenance["scoreChanges"] as? [[String: Any]])
            #expect(changes.map { "\($0["municipality"] ?? "").\($0["criterion"] ?? "")=\($0["to"] ?? "")" } == ["luster.fagmiljo=2"])

            let refused = try await client.execute(
                uri: "/api/case/evaluate?file=\(Self.bundled)&scores=luster.fagmiljo%3D9&lang=nn", method: .get
            ) { $0 }
            #expect(refused.status == .badRequest)
        }
    }

    @Test("The case page has the score table; the evaluation gives each scale's wording; the script keeps tried scores in the address and the save")
    func scoreTable() async throws {
        try await WorkbenchTests.app().test(.router) { client in
            let page = try await client.execute(uri: "/case", method: .get) { String(buffer: $0.body) }
            #expect(page.contains(#"<table id="scores">"#))
            #expect(page.contains(#"data-t="scoresHelp""#))
            let script = try await client.execute(uri: "/case.js", method: .get) { String(buffer: $0.body) }
            #expect(script.contains("'&scores=' + encodeURIComponent(s)"))
            #expect(script.contains("scores: changedScores()"))
            let texts = try await client.execute(uri: "/texts.js", method: .get) { String(buffer: $0.body) }
            #expect(texts.contains("Vel eit anna nivå for å sjå kva som skjer om ein skår var annleis."))
            let data = try await client.execute(uri: "/api/case/evaluate?file=\(Self.bundled)&lang=nn", method: .get) {
                WorkbenchTests.json($0.body)
            }
            let criteria = try #require(data["criteria"] as? [[String: Any]])
            let fagmiljo = try #require(criteria.first { $0["id"] as? String == "fagmiljo" })
            let levels = try #require(fagmiljo["levels"] as? [[String: Any]])
            #expect(levels.map { $0["level"] as? Int } == [1, 2, 3, 4, 5])
            #expect(levels[2]["label"] as? String == "Eit lite fagmiljø (2–3 personar) med relevant kompetanse.")
            let kostnad = try #require(criteria.first { $0["id"] as? String == "kostnad" })
            #expect((kostnad["levels"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("A rule switched off comes back as a draft with the rule named, the portfolio's notice, and no 'alle reglane'")
    func portfolioDraft() async throws {
        try await WorkbenchTests.app().test(.router) { client in
            let uri = "/api/portfolio/optimize?file=Cases/sogn/tenester-2027.yaml&off=balance&lang=nn"
            let answer = try await client.execute(uri: uri, method: .get) { WorkbenchTests.json($0.body) }
            let result = try #require(answer["result"] as? [String: Any])
            #expect((result["notices"] as? [String])?.first?.isEmpty == false)
            let provenance = try #require(result["provenance"] as? [String: Any])
            #expect(provenance["whatIf"] as? Bool == true)
            let note = try #require(provenance["note"] as? [String: Any])
            #expect((note["text"] as? String)?.contains("Balanseband") == true)
            let summary = try #require((result["explanation"] as? [String: Any])?["summary"] as? [String])
            #expect(!summary.joined().contains("held alle reglane,"))
        }
    }

    @Test("The pages have the banner, the language switch's script and the download next to the result")
    func pageParts() async throws {
        try await WorkbenchTests.app().test(.router) { client in
            for path in ["/case", "/portfolio"] {
                let html = try await client.execute(uri: path, method: .get) { String(buffer: $0.body) }
                #expect(html.contains(#"id="whatif""#), "\(path)")
                let download = try #require(html.range(of: #"id="download-label""#), "\(path)")
                let panel = try #require(html.range(of: #"class="panel wide""#), "\(path)")
                #expect(download.lowerBound > panel.lowerBound, "\(path): the download sits in the result panel")
            }
            let common = try await client.execute(uri: "/common.js", method: .get) { String(buffer: $0.body) }
            #expect(common.contains("function languageSwitch") && common.contains("history.replaceState"))
        }
    }
}
