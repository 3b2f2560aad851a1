import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VertsvalServer
import VertsvalTestSupport

/// Any website the user visits can send requests to the workbench: each class of attack
/// is refused, and no request can stop the server.
@Suite struct SecurityTests {
    static let save = #"{"file":"case.yaml","id":"s","title":"T","reason":"R","weights":{"fag":10}}"#

    static func headers(origin: String? = "http://localhost", type: String? = "application/json", token: String? = WorkbenchTests.token)
        -> HTTPFields
    {
        var fields = HTTPFields()
        if let origin { fields[.origin] = origin }
        if let type { fields[.contentType] = type }
        if let token { fields[.vertsvalToken] = token }
        return fields
    }

    @Test(
        "A write from another site, another loopback port, as text/plain, or without the page's secret is refused; nothing is written",
        arguments: [
            (headers(origin: "http://evil.example"), HTTPResponse.Status.forbidden),
            (headers(origin: "http://localhost:9999"), .forbidden),
            (headers(origin: nil), .forbidden),
            (headers(type: "text/plain"), .unsupportedMediaType),
            (headers(token: nil), .forbidden),
            (headers(token: "guess"), .forbidden),
        ])
    func crossSiteWrites(_ headers: HTTPFields, _ status: HTTPResponse.Status) async throws {
        let fixture = Fixture()
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: headers, body: ByteBuffer(string: Self.save)) { response in
                #expect(response.status == status)
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted() == ["case.yaml", "region.yaml", "template.yaml"])
    }

    @Test("Only Host values naming the bound address are answered (DNS rebinding)")
    func host() async throws {
        let loopback = WorkbenchConfiguration(root: ".", port: 8080)
        #expect(loopback.accepts(host: "127.0.0.1:8080") && loopback.accepts(host: "localhost:8080") && loopback.accepts(host: "[::1]:8080"))
        #expect(!loopback.accepts(host: "evil.example:8080") && !loopback.accepts(host: "localhost:8081") && !loopback.accepts(host: "localhost"))
        // Bound elsewhere, `Host: localhost` (the test client's) names another address.
        try await WorkbenchTests.app(host: "10.11.12.13").test(.router) { client in
            try await client.execute(uri: "/api/files", method: .get) { response in
                #expect(response.status == .misdirectedRequest)
            }
        }
    }

    @Test("On a non-loopback address, reads need the secret: the start link sets it as a cookie and leaves the address")
    func nonLoopbackReads() async throws {
        // "LOCALHOST" is not taken for the loopback (names are compared as given), yet the
        // test client's `Host: localhost` names it: a stand-in for a LAN address.
        let configuration = WorkbenchConfiguration(root: TestSupport.packageRoot.path, host: "LOCALHOST", port: 0, token: "t0k")
        #expect(!configuration.isLoopback)
        let app = Application(router: Workbench.router(configuration))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/files", method: .get) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/?token=t0k", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/")
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.hasPrefix("vertsval-token=t0k;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            }
            try await client.execute(uri: "/api/files", method: .get, headers: [.cookie: "vertsval-token=t0k"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("Every page carries the secret and the security headers, and no inline script is allowed")
    func headersOnPages() async throws {
        try await WorkbenchTests.app().test(.router) { client in
            try await client.execute(uri: "/case", method: .get) { response in
                #expect(String(buffer: response.body).contains(#"<meta name="vertsval-token" content="\#(WorkbenchTests.token)">"#))
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.referrerPolicy] == "no-referrer")
            }
        }
    }

    @Test("A weight of 1e19 does not stop the server")
    func hugeWeight() async throws {
        let fixture = Fixture()
        let body = #"{"file":"case.yaml","id":"boom","title":"t","reason":"r","weights":{"fag":1e19}}"#
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: Self.headers(), body: ByteBuffer(string: body)) { response in
                #expect(response.status != .internalServerError)
            }
            try await client.execute(uri: "/api/files", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("A symbolic link does not lead a read or a write out of the folder, and no answer quotes a whole file")
    func symlinks() async throws {
        let fixture = Fixture()
        let outside = Fixture()
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: fixture.path("passwd.yaml"), withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: fixture.path("out"), withDestinationPath: outside.folder.path)
        let save = #"{"file":"out/case.yaml","id":"s","title":"T","reason":"R","weights":{"fag":10}}"#
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            try await client.execute(uri: "/api/case/evaluate?file=passwd.yaml", method: .get) { response in
                #expect(response.status == .forbidden)
                #expect(!String(buffer: response.body).contains("root:"))
            }
            try await client.execute(uri: "/api/case/evaluate?file=out/case.yaml", method: .get) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/case/scenario", method: .post, headers: Self.headers(), body: ByteBuffer(string: save)) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try manager.contentsOfDirectory(atPath: outside.folder.path).sorted() == ["case.yaml", "region.yaml", "template.yaml"])
    }

    @Test("A data file that is not YAML is refused with a short, located message")
    func notYAML() async throws {
        let fixture = Fixture()
        TestSupport.write(String(repeating: "root:x:0:0:root:/root:/bin/bash\n", count: 200), to: "big.yaml", in: fixture.folder)
        try await WorkbenchTests.app(root: fixture.folder.path).test(.router) { client in
            try await client.execute(uri: "/api/case/evaluate?file=big.yaml", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.readableBytes < 2_000)
            }
        }
    }
}

@Suite struct WorkbenchTextTests {
    @Test("The pages' texts come from the server's catalogue: every key the scripts use is there, in nn, nb and en")
    func catalogue() async throws {
        try await WorkbenchTests.app().test(.router) { client in
            let script = try await client.execute(uri: "/texts.js", method: .get) { String(buffer: $0.body) }
            let json = try #require(script.split(separator: "const TEXTS = ").last.map { String($0.dropLast(2)) })
            let tables = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: String]])
            #expect(Set(tables.keys) == ["nn", "nb", "en"])
            var used: Set<String> = []
            for asset in ["/case.js", "/portfolio.js", "/judgement.js", "/index.js", "/common.js", "/", "/case", "/portfolio", "/judgement"] {
                let text = try await client.execute(uri: asset, method: .get) { String(buffer: $0.body) }
                for pattern in [#"T\('([a-zA-Z]+)'\)"#, #"data-t="([a-zA-Z]+)""#] {
                    let regex = try NSRegularExpression(pattern: pattern)
                    for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                        if let range = Range(match.range(at: 1), in: text) { used.insert(String(text[range])) }
                    }
                }
            }
            #expect(!used.isEmpty)
            for language in ["nn", "nb", "en"] {
                let missing = used.subtracting(Set((tables[language] ?? [:]).keys))
                #expect(missing.isEmpty, "\(language): \(missing)")
            }
        }
    }
}
