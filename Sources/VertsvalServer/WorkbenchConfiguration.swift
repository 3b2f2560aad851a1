/// Where the workbench listens and what it may read and write.
public struct WorkbenchConfiguration: Sendable {
    /// The folder data files are read from (and scenarios written to); paths in requests
    /// are relative to it and may not leave it.
    public var root: String
    /// The address to bind; `127.0.0.1` by default.
    public var host: String
    /// The port.
    public var port: Int
    /// When set, writes (saving a scenario) need this token in the `X-Vertsval-Token`
    /// header or a `token` query parameter. Set automatically when binding another
    /// address than the loopback.
    public var writeToken: String?
    /// Creates a configuration.
    public init(root: String, host: String = "127.0.0.1", port: Int = 8080, writeToken: String? = nil) {
        self.root = root
        self.host = host
        self.port = port
        self.writeToken = writeToken
    }

    /// Whether `host` is a loopback address, reachable only from this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "localhost", "::1"].contains(host)
    }
}
