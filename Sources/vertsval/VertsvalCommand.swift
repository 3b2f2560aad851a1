import ArgumentParser
import VertsvalStudy

/// The `vertsval` command: choose host municipalities transparently.
@main
struct VertsvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vertsval",
        abstract: "Vurder kandidatar til vertskommune etter vurderingsmalen, og forklar resultatet.",
        discussion: """
            Avgjerdsstøtte for val av vertskommune: skårar kandidatane etter vurderingsmalen til \
            styret, forklarer resultatet på nynorsk (eller bokmål/engelsk, --lang nb|en), fordeler \
            tenester under reglar for balanse og lagar rapport til saksframlegget.
            Start med `vertsval demo`.
            """,
        version: VertsvalVersion.current,
        subcommands: [Demo.self, Evaluate.self, Sensitivity.self, Validate.self, Optimize.self, Share.self, Report.self, Serve.self],
        groupedSubcommands: [
            // Only for measuring the optimiser on published and synthetic instances.
            CommandGroup(name: "BENCHMARK", subcommands: [ConvertGAP.self, Generate.self])
        ]
    )
}
