import ArgumentParser

/// The `vertsval` command: choose host municipalities transparently.
@main
struct VertsvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vertsval",
        abstract: "Vurder kandidatar til vertskommune etter vurderingsmalen, og forklar resultatet.",
        discussion: """
            Host-municipality decision support: scores candidates against the board's evaluation \
            template, explains the result in Nynorsk (or Bokmål/English), and checks the data files.
            Start with `vertsval demo`.
            """,
        version: VertsvalVersion.current,
        subcommands: [
            Demo.self, Evaluate.self, Sensitivity.self, Validate.self, Optimize.self, Share.self, Report.self, Serve.self, ConvertGAP.self,
            Generate.self,
        ]
    )
}

/// The tool's version, printed in reports for reproducibility.
enum VertsvalVersion {
    static let current = "0.1.0"
}
