import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VertsvalServer
import VertsvalTestSupport

/// The portfolio page shows a portfolio's notice (e.g. that its figures are illustrative)
/// exactly as the case page shows a case's: from `notices` in the result's JSON, each as a
/// note above everything else.
@Suite struct PortfolioNoticeTests {
    static let notice = (nn: "Tala i denne prøveporteføljen er illustrerande.", en: "The figures of this test portfolio are illustrative.")

    /// A folder with the fixture's region and two portfolios: one illustrative with a notice,
    /// one without either.
    static func folder() -> URL {
        let folder = TestSupport.temporaryFolder("portfolio-notice")
        TestSupport.write(Fixture.region, to: "region.yaml", in: folder)
        let services = """
            services:
              - { id: s1, name: { nn: Ei teneste }, fte: 2, values: { a: 60, b: 50 } }
              - { id: s2, name: { nn: Ei anna teneste }, fte: 1, values: { b: 70, c: 40 } }

            """
        TestSupport.write(
            """
            kind: portfolio
            id: med
            title: { nn: Med merknad }
            region: region.yaml
            illustrative: true
            notice: { nn: \(notice.nn), en: \(notice.en) }
            \(services)
            """, to: "med.yaml", in: folder)
        TestSupport.write(
            """
            kind: portfolio
            id: utan
            title: { nn: Utan merknad }
            region: region.yaml
            \(services)
            """, to: "utan.yaml", in: folder)
        return folder
    }

    @Test("The answer carries the data file's notice in the page's language, and none when the file has none")
    func notices() async throws {
        let folder = Self.folder()
        try await WorkbenchTests.app(root: folder.path).test(.router) { client in
            for (lang, text) in [("nn", Self.notice.nn), ("en", Self.notice.en)] {
                let answer = try await client.execute(uri: "/api/portfolio/optimize?file=med.yaml&lang=\(lang)", method: .get) {
                    #expect($0.status == .ok)
                    return WorkbenchTests.json($0.body)
                }
                let result = try #require(answer["result"] as? [String: Any])
                #expect(result["notices"] as? [String] == [text])
                #expect(result["illustrative"] as? Bool == true)
            }
            // A portfolio without a notice: none.
            let plain = try await client.execute(uri: "/api/portfolio/optimize?file=utan.yaml&lang=nn", method: .get) {
                WorkbenchTests.json($0.body)
            }
            let result = try #require(plain["result"] as? [String: Any])
            #expect(result["notices"] as? [String] == [])
            #expect(result["illustrative"] as? Bool == false)
        }
    }

    @Test("The portfolio page renders the notices as the case page does: one note each, in the notices box")
    func pageRendersNotices() async throws {
        try await WorkbenchTests.app().test(.router) { client in
            let note = "notices.map(text => el('p', text, 'note'))"
            for (page, script, source) in [("/case", "/case.js", "data.notices"), ("/portfolio", "/portfolio.js", "r.notices")] {
                let html = try await client.execute(uri: page, method: .get) { String(buffer: $0.body) }
                #expect(html.contains(#"<div id="notices"></div>"#), "\(page)")
                let js = try await client.execute(uri: script, method: .get) { String(buffer: $0.body) }
                #expect(js.contains(source + "." + note.dropFirst("notices.".count)), "\(script)")
            }
            let answer = try await client.execute(uri: "/api/portfolio/optimize?file=Cases/sogn/tenester-2027.yaml&lang=nn", method: .get) {
                WorkbenchTests.json($0.body)
            }
            let notices = try #require((answer["result"] as? [String: Any])?["notices"] as? [String])
            #expect(notices.count == 1 && notices[0].hasPrefix("Årsverk, budsjett og fleire av verdiane er illustrerande."))
        }
    }
}
