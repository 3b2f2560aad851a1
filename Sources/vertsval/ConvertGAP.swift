import ArgumentParser
import Foundation
import Vertsval
import VertsvalSynthetic

/// `vertsval convert-gap FILE`: turn an OR-Library or Yagiura GAP instance into a portfolio.
struct ConvertGAP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert-gap",
        abstract: CLIText.convertGAPAbstract.text,
        discussion: CLIText.convertGAPDiscussion.text
    )

    @Argument(help: ArgumentHelp(CLIText.convertGAPFile.text))
    var file: String

    @Option(help: ArgumentHelp(CLIText.convertGAPInstance.text))
    var instance: Int = 1

    @Flag(help: ArgumentHelp(CLIText.convertGAPMinimize.text))
    var minimize = false

    @Option(name: [.short, .long], help: ArgumentHelp(CLIText.writtenPortfolio.text))
    var output: String

    func run() throws {
        let instances: [GAPInstance]
        do {
            instances = try GAPInstance.load(path: file)
        } catch let error as GAPInstance.FormatError {
            // file:line:column: what was expected, what was found; nothing is written.
            throw Console.failure("\(error)", language: CLILanguage.current)
        } catch {
            throw Console.failure("\(file): \(error.localizedDescription)", language: CLILanguage.current)
        }
        guard (1...instances.count).contains(instance) else {
            throw ValidationError(CLIText.instanceRange(count: instances.count, file: file).text)
        }
        let chosen = instances[instance - 1]
        let sense: GAPInstance.Sense = minimize ? .minimize : .maximize
        try PortfolioWriter.write(chosen.portfolio(sense: sense), to: output)
        let mapping = chosen.valueMapping(sense: sense)
        let objective =
            sense == .maximize
            ? "instance objective = portfolio objective"
            : "instance cost = \(chosen.jobs * mapping.constant) − portfolio objective"
        Console.out("\(chosen.name): \(chosen.agents) × \(chosen.jobs) → \(output) (\(objective))\n")
    }
}
