internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import VertsvalReport

/// The workbench's answers: pages, assets, JSON and downloads.
enum Responses {
    static func html(_ text: String) -> Response {
        asset(text, type: "text/html; charset=utf-8")
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: some Encodable) throws -> Response {
        json(text: try JSONOutput.encode(value))
    }

    static func json(text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func download(_ file: ReportFile) -> Response {
        Response(
            status: .ok, headers: [.contentType: file.mediaType, .contentDisposition: "attachment; filename=\"\(file.fileName)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
    }
}
