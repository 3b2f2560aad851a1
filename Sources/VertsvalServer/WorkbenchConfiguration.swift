internal import Foundation

/// Where the workbench listens and what it may read and write.
public struct WorkbenchConfiguration: Sendable {
    /// The folder data files are read from (and scenarios written to); paths in requests
    /// are relative to it and may not leave it, symbolic links included.
    public var root: String
    /// The address to bind; `127.0.0.1` by default.
    public var host: String
    /// The port.
    public var port: Int
    /// The secret of this start: the served pages carry it, and every write must send it
    /// back in `X-Vertsval-Token`. On another address than the loopback, reads need it too
    /// (the start link sets it as a cookie). A new random value by default.
    public var token: String

    /// Creates a configuration.
    public init(root: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil) {
        self.root = root
        self.host = host
        self.port = port
        self.token = token ?? Self.randomToken()
    }

    /// Whether `host` is a loopback address, reachable only from this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "localhost", "::1"].contains(host)
    }

    /// The names a `Host` header may give: the bound address (for the loopback, each name
    /// of it), lower-cased.
    public var acceptedNames: [String] {
        isLoopback ? ["127.0.0.1", "localhost", "[::1]"] : [host.contains(":") ? "[\(host.lowercased())]" : host.lowercased()]
    }

    /// Whether a `Host` header names this workbench: one of `acceptedNames` with the bound
    /// port (80 when it gives none; any port when bound to port 0, which the system chooses).
    public func accepts(host value: String) -> Bool {
        let text = value.lowercased()
        var name = text
        var port: Int? = 80
        if let colon = text.lastIndex(of: ":"), !text[colon...].contains("]") {
            name = String(text[..<colon])
            port = Int(text[text.index(after: colon)...])
        }
        guard let port else { return false }
        return acceptedNames.contains(name) && (self.port == 0 || port == self.port)
    }

    /// 32 random bytes as hexadecimal.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }
}
