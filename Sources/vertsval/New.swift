import ArgumentParser
import Vertsval

/// `vertsval new case|portfolio|template`: start a data file to fill in.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: CLIText.newAbstract.text,
        discussion: CLIText.newDiscussion.text,
        subcommands: [NewCaseCommand.self, NewPortfolioCommand.self, NewTemplateCommand.self]
    )
}

/// Options every `new` subcommand shares: the file to write, its id, overwriting, language.
struct NewFileOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp(CLIText.newOutput.text))
    var output: String

    @Option(name: .long, help: ArgumentHelp(CLIText.newID.text))
    var id: String?

    @Flag(name: .long, help: ArgumentHelp(CLIText.newForce.text))
    var force = false

    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback
}
