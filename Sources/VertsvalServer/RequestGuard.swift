internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import Vertsval

/// Treats every request as hostile: any website the user visits can send requests to the
/// workbench. Checks, before any route runs:
///
/// - `Host` names the address the workbench is bound to (a rebound DNS name is refused);
/// - a write (any method but GET/HEAD) comes from the workbench's own page: `Origin` is the
///   workbench's, the body is `application/json`, and `X-Vertsval-Token` carries the secret
///   of this start, which only the served pages have (a `<meta>` element; a page on another
///   origin cannot read them);
/// - on an address other than the loopback, reads need the secret too: the start link's
///   `?token=` sets it as an `HttpOnly`, `SameSite=Strict` cookie and redirects to a URL
///   without it.
///
/// Every answer carries a Content-Security-Policy without inline script, `nosniff`,
/// `frame-ancestors 'none'` and `Referrer-Policy: no-referrer`.
struct RequestGuard: RouterMiddleware {
    typealias Context = BasicRequestContext

    let configuration: WorkbenchConfiguration

    /// The cookie that carries the secret on a non-loopback address.
    static let cookie = "vertsval-token"
    /// The header a write carries the secret in.
    static let header = HTTPField.Name.vertsvalToken

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await checked(request, context: context, next: next)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        for (name, value) in Self.securityHeaders { response.headers[name] = value }
        return response
    }

    static let securityHeaders: [(HTTPField.Name, String)] = [
        (
            .contentSecurityPolicy,
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
        ),
        (.xContentTypeOptions, "nosniff"),
        (.xFrameOptions, "DENY"),
        (.referrerPolicy, "no-referrer"),
    ]

    private func checked(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let lang = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) ?? .nn
        let t = Phrasebook(lang)
        let host = request.head.authority
        if let host, !configuration.accepts(host: host) {
            let names = configuration.acceptedNames.joined(separator: ", ")
            throw WorkbenchError(
                .misdirectedRequest,
                t.pick(
                    nn: "arbeidsbenken svarar berre på adressa han er starta på (\(names))",
                    nb: "arbeidsbenken svarer bare på adressen den er startet på (\(names))",
                    en: "the workbench answers only on the address it was started on (\(names))"))
        }
        let isRead = request.method == .get || request.method == .head
        if !configuration.isLoopback {
            // The start link: set the cookie and leave the token out of the address.
            if isRead, let given = request.uri.queryParameters.get("token") {
                guard constantTimeEqual(given, configuration.token) else { throw forbidden(t) }
                var response = Response(status: .seeOther, headers: [.location: "/"])
                response.headers[.setCookie] = "\(Self.cookie)=\(configuration.token); Path=/; HttpOnly; SameSite=Strict"
                return response
            }
            let cookie = request.cookies[Self.cookie]?.value
            let header = request.headers[Self.header]
            guard [cookie, header].contains(where: { $0.map { constantTimeEqual($0, configuration.token) } ?? false }) else {
                throw forbidden(t)
            }
        }
        if !isRead {
            let origin = request.headers[.origin]
            guard let origin, let host, origin.lowercased() == "http://" + host.lowercased() else {
                throw WorkbenchError(
                    .forbidden,
                    t.pick(
                        nn: "lagring er berre mogleg frå sida til arbeidsbenken sjølv", nb: "lagring er bare mulig fra siden til arbeidsbenken selv",
                        en: "saving is possible only from the workbench's own page"))
            }
            let type = request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard type == "application/json" else {
                throw WorkbenchError(
                    .unsupportedMediaType,
                    t.pick(nn: "venta JSON (application/json)", nb: "ventet JSON (application/json)", en: "expected JSON (application/json)"))
            }
            guard let given = request.headers[Self.header], constantTimeEqual(given, configuration.token) else { throw forbidden(t) }
        }
        return try await next(request, context)
    }

    private func forbidden(_ t: Phrasebook) -> WorkbenchError {
        WorkbenchError(
            .forbidden,
            t.pick(
                nn: "denne førespurnaden manglar nøkkelen til arbeidsbenken; opne sida frå lenkja som vart skriven ut då han starta",
                nb: "denne forespørselen mangler nøkkelen til arbeidsbenken; åpne siden fra lenken som ble skrevet ut da den startet",
                en: "this request lacks the workbench's token; open the page from the link printed when it started"))
    }

    /// Compares without stopping at the first difference, so timing tells nothing.
    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<x.count { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
