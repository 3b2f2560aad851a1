import ArgumentParser
import Foundation
import Vertsval
import VertsvalServer

/// `vertsval serve`: the local web workbench.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start arbeidsbenken i nettlesaren: flytt vekter, sjå rangeringa endre seg, lagre scenario.",
        discussion: """
            Serves pages for every case and portfolio under Cases/: weight sliders that re-rank \
            live, swap weights, robustness, rules to switch off and re-optimise, saving a scenario \
            next to the case, and report downloads. Binds 127.0.0.1 by default; when bound to another \
            address, saving needs the token printed at start.
            """
    )

    @Option(help: "Adressa å lytte på.")
    var host: String = "127.0.0.1"

    @Option(help: "Porten å lytte på.")
    var port: Int = 8080

    @Option(help: "Mappa med Cases/ (standard: den noverande).")
    var root: String = "."

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() async throws {
        let configuration = WorkbenchConfiguration(root: root, host: host, port: port)
        let address = host.contains(":") ? "[\(host)]" : host
        var url = "http://\(address):\(port)/"
        // On another address than the loopback, the link carries the secret once: the page
        // keeps it as a cookie and drops it from the address.
        if !configuration.isLoopback { url += "?token=\(configuration.token)" }
        Console.err("vertsval: arbeidsbenken køyrer på \(url)  (Ctrl-C for å stoppe)")
        try await Workbench.run(configuration)
    }
}
