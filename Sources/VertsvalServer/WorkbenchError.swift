internal import HTTPTypes
internal import NIOCore
public import Hummingbird
internal import Foundation
internal import Vertsval
internal import VertsvalReport

/// An error answered as `{"error": {"message": …, "diagnostics": […]}}` with a 4xx status.
struct WorkbenchError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    let diagnostics: [String]

    init(_ status: HTTPResponse.Status, _ message: String, diagnostics: [String] = []) {
        self.status = status
        self.message = message
        self.diagnostics = diagnostics
    }

    /// Invalid data files: 422 with every problem, in `language`.
    static func invalid(_ failure: ValidationFailure, language: Language) -> WorkbenchError {
        let t = Phrasebook(language)
        let lines = failure.diagnostics.map { diagnostic in
            "\(diagnostic.location): "
                + (diagnostic.severity == .error ? t.pick(nn: "feil", nb: "feil", en: "error") : t.pick(nn: "åtvaring", nb: "advarsel", en: "warning"))
                + ": " + diagnostic.problem.message(in: language)
        }
        return WorkbenchError(
            .unprocessableContent,
            t.pick(nn: "Datafilene har feil; ingenting er rekna ut.", nb: "Datafilene har feil; ingenting er regnet ut.", en: "The data files have errors; nothing was computed."),
            diagnostics: lines)
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
