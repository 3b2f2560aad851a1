import ArgumentParser
import VertsvalStudy

/// The `vertsval` command: choose host municipalities transparently.
@main
struct VertsvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vertsval",
        abstract: CLIText.rootAbstract.text,
        discussion: CLIText.rootDiscussion.text,
        version: VertsvalVersion.current,
        subcommands: [
            Demo.self, New.self, Describe.self, Sheet.self, Validate.self, Evaluate.self, Sensitivity.self, Optimize.self, Share.self, Report.self,
            Serve.self,
        ],
        groupedSubcommands: [
            // Only for measuring the optimiser on published and synthetic instances.
            CommandGroup(name: CLIText.benchmarkGroup.text.uppercased(), subcommands: [ConvertGAP.self, Generate.self])
        ]
    )
}
