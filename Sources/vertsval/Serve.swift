import ArgumentParser
import Foundation
import Vertsval
import VertsvalServer

/// `vertsval serve`: the local web workbench.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: CLIText.serveAbstract.text,
        discussion: CLIText.serveDiscussion.text
    )

    @Option(help: ArgumentHelp(CLIText.serveHost.text))
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp(CLIText.servePort.text))
    var port: Int = 8080

    @Option(help: ArgumentHelp(CLIText.serveRoot.text))
    var root: String = "."

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError(CLIText.portRange.text) }
    }

    func run() async throws {
        let configuration = WorkbenchConfiguration(root: root, host: host, port: port)
        let address = host.contains(":") ? "[\(host)]" : host
        var url = "http://\(address):\(port)/"
        // On another address than the loopback, the link carries the secret once: the page
        // keeps it as a cookie and drops it from the address.
        if !configuration.isLoopback { url += "?token=\(configuration.token)" }
        Console.err("vertsval: " + CLIText.serveRunning(url: url).text)
        try await Workbench.run(configuration)
    }
}
