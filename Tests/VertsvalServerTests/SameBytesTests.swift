import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VertsvalServer
import VertsvalTestSupport

/// The command line and the workbench are adapters over the same use cases: the same
/// inputs, date and seed give the same report bytes from both.
@Suite struct SameBytesTests {
    static func app(root: String) -> some ApplicationProtocol {
        Application(router: Workbench.router(WorkbenchConfiguration(root: root, port: 0, token: WorkbenchTests.token)))
    }

    /// The report `vertsval report` writes, run in `folder`.
    static func cliReport(_ arguments: [String], in folder: URL, format: String = "pdf") throws -> Data {
        let output = TestSupport.temporaryFolder("same-bytes").appendingPathComponent("report.\(format)").path
        let result = try CLI.run(["report"] + arguments + ["-o", output, "--date", "2026-02-10"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return try Data(contentsOf: URL(fileURLWithPath: output))
    }

    /// The report the workbench answers with.
    static func webReport(_ query: String, root: String, route: String = "/api/case/report") async throws -> (Data, String?) {
        try await app(root: root).test(.router) { client in
            try await client.execute(uri: "\(route)?\(query)&date=2026-02-10", method: .get) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                return (Data(response.body.readableBytesView), response.headers[.contentDisposition])
            }
        }
    }

    @Test("A case report with a weight changed for this run: same PDF bytes from the CLI and the web")
    func adHocWeight() async throws {
        let root = TestSupport.packageRoot
        let cli = try Self.cliReport(["Cases/sogn/ureining-miljo-tilsyn.yaml", "--weight", "reisetid=30"], in: root)
        let (web, name) = try await Self.webReport(
            "file=Cases/sogn/ureining-miljo-tilsyn.yaml&weights=reisetid%3D30&format=pdf", root: root.path)
        #expect(cli.starts(with: Data("%PDF-".utf8)))
        #expect(cli == web)
        #expect(name?.contains("ureining-miljo-tilsyn.utkast.pdf") == true)
        // And the weight really was applied: the report without it differs.
        let official = try Self.cliReport(["Cases/sogn/ureining-miljo-tilsyn.yaml"], in: root)
        #expect(official != cli)
    }

    @Test("A scenario's report: same HTML and PDF bytes from the CLI and the web")
    func scenario() async throws {
        let fixture = Fixture()
        let save = #"{"file":"case.yaml","id":"meir-fag","title":"Meir fag","reason":"Prøve.","weights":{"fag":80}}"#
        try await Self.app(root: fixture.folder.path).test(.router) { client in
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: WorkbenchTests.pageHeaders, body: ByteBuffer(string: save)) {
                response in
                #expect(response.status == .created)
            }
        }
        for format in ["pdf", "html"] {
            let cli = try Self.cliReport(["case.scenario.meir-fag.yaml"], in: fixture.folder, format: format)
            let (web, name) = try await Self.webReport("file=case.scenario.meir-fag.yaml&format=\(format)", root: fixture.folder.path)
            #expect(cli == web, "\(format)")
            #expect(name?.contains(".scenario-meir-fag.\(format)") == true)
        }
    }

    @Test("A portfolio report with a rule switched off: same PDF bytes from the CLI and the web")
    func portfolioRuleOff() async throws {
        let root = TestSupport.packageRoot
        let cli = try Self.cliReport(["Cases/sogn/tenester-2027.yaml", "--rule-off", "balance"], in: root)
        let (web, _) = try await Self.webReport(
            "file=Cases/sogn/tenester-2027.yaml&off=balance&format=pdf", root: root.path, route: "/api/portfolio/report")
        #expect(cli == web)
    }

    @Test("The PDF profile: archive by default and plain on request, the same bytes from the CLI and the web for each")
    func pdfProfiles() async throws {
        let root = TestSupport.packageRoot
        let file = "Cases/sogn/ureining-miljo-tilsyn.yaml"
        let archive = try Self.cliReport([file], in: root)
        let plain = try Self.cliReport([file, "--pdf-profile", "plain"], in: root)
        #expect(archive != plain)
        #expect(String(decoding: archive, as: UTF8.self).contains("pdfaid:part"))
        #expect(!String(decoding: plain, as: UTF8.self).contains("pdfaid:part"))
        #expect(try Self.cliReport([file, "--pdf-profile", "archive"], in: root) == archive)
        let (webArchive, _) = try await Self.webReport("file=\(file)&format=pdf", root: root.path)
        let (webPlain, _) = try await Self.webReport("file=\(file)&format=pdf&pdf-profile=plain", root: root.path)
        #expect(webArchive == archive)
        #expect(webPlain == plain)
        try await Self.app(root: root.path).test(.router) { client in
            try await client.execute(uri: "/api/case/report?file=\(file)&format=pdf&pdf-profile=pdfa", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("pdf-profile"))
            }
        }
    }
}
