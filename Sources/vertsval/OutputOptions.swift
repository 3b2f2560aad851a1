public import ArgumentParser
import Vertsval

/// Options every reporting command shares: language and format.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Språk: nn (nynorsk), nb (bokmål) eller en (English).")
    var lang: Language = .nn

    @Option(name: .long, help: "Format: text, markdown eller json.")
    var format: OutputFormat = .text
}

/// The formats a command can print.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

extension Language: ExpressibleByArgument {}
