internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import Vertsval
internal import VertsvalReport
internal import VertsvalStudy

/// An error answered as `{"error": {"message": …, "diagnostics": […]}}` with a 4xx or 5xx
/// status.
struct WorkbenchError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    let diagnostics: [String]

    init(_ status: HTTPResponse.Status, _ message: String, diagnostics: [String] = []) {
        self.status = status
        self.message = Self.excerpt(message)
        self.diagnostics = diagnostics.prefix(Self.maximumDiagnostics).map(Self.excerpt)
    }

    /// At most this many problems are answered (the rest are counted in the message).
    static let maximumDiagnostics = 50
    /// At most this many characters of one message: a message quotes a short, located
    /// excerpt, never a whole file.
    static let maximumLength = 300

    static func excerpt(_ text: String) -> String {
        text.count <= maximumLength ? text : String(text.prefix(maximumLength - 1)) + "…"
    }

    /// A use case's error, worded by the application layer, with the status for its category.
    init(_ error: StudyError, language: Language) {
        let status: HTTPResponse.Status =
            switch error.category {
            case .invalidData: .unprocessableContent
            case .invalidRequest: .badRequest
            case .conflict: .conflict
            case .failure: .internalServerError
            }
        if case .invalidInput = error {
            self.init(
                status,
                Phrasebook(language).pick(
                    nn: "Datafilene har feil; ingenting er rekna ut.", nb: "Datafilene har feil; ingenting er regnet ut.",
                    en: "The data files have errors; nothing was computed."),
                diagnostics: error.diagnostics(in: language))
        } else {
            self.init(status, error.message(in: language), diagnostics: error.diagnostics(in: language))
        }
    }

    /// The JSON body of an error answer.
    struct Body: Encodable {
        struct Inner: Encodable {
            let message: String
            let diagnostics: [String]
        }
        let error: Inner
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let text = try JSONOutput.encode(Body(error: Body.Inner(message: message, diagnostics: diagnostics)))
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
