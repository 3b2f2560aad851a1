import ArgumentParser
import Foundation
import Vertsval
import VertsvalSynthetic

/// `vertsval convert-gap FILE`: turn an OR-Library or Yagiura GAP instance into a portfolio.
struct ConvertGAP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert-gap",
        abstract: "Gjer ein GAP-instans (OR-Library / Yagiura) om til ei porteføljefil.",
        discussion: """
            Reads a generalized-assignment instance (OR-Library multi-instance file or a single \
            instance file) and writes it as a portfolio and its region: agents become \
            municipalities a1 … am with an FTE maximum of their capacity, jobs become services \
            j1 … jn with per-municipality FTE (fteAt). Profits are values (maximisation, \
            OR-Library gap1–12); with --minimize, value = (max cost − cost) / scale, so the \
            portfolio optimum is the minimum-cost assignment. Then run `vertsval optimize` on the \
            written file.
            """
    )

    @Argument(help: "GAP-fila, til dømes ../shared/benchmarks/gap/orlib/gap1.txt.")
    var file: String

    @Option(help: "Kva instans i fila (1 = den første).")
    var instance: Int = 1

    @Flag(help: "Kostnader skal minimerast (type A–E); elles blir dei maksimerte.")
    var minimize = false

    @Option(name: [.short, .long], help: "Porteføljefila som skal skrivast (regionen blir skriven ved sida av).")
    var output: String

    func run() throws {
        let instances: [GAPInstance]
        do {
            instances = try GAPInstance.load(path: file)
        } catch let error as GAPInstance.FormatError {
            // file:line:column: what was expected, what was found; nothing is written.
            throw Console.failure("\(error)", language: .nn)
        } catch {
            throw Console.failure("\(file): \(error.localizedDescription)", language: .nn)
        }
        guard (1...instances.count).contains(instance) else {
            throw ValidationError("--instance must be between 1 and \(instances.count) for \(file)")
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
