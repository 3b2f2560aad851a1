import ArgumentParser
import Foundation
import Vertsval
import VertsvalSynthetic

/// `vertsval generate`: write a seeded synthetic portfolio (county or national size).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: CLIText.generateAbstract.text,
        discussion: CLIText.generateDiscussion.text
    )

    enum Preset: String, ExpressibleByArgument, CaseIterable {
        case county, nation
    }

    enum BandName: String, ExpressibleByArgument, CaseIterable {
        case loose, tight, none
    }

    @Option(help: ArgumentHelp(CLIText.generatePreset.text))
    var preset: Preset = .county

    @Option(help: ArgumentHelp(CLIText.generateMunicipalities.text))
    var municipalities: Int?

    @Option(help: ArgumentHelp(CLIText.generateServices.text))
    var services: Int?

    @Option(help: ArgumentHelp(CLIText.generateBand.text))
    var band: BandName = .tight

    @Option(help: ArgumentHelp(CLIText.generateSeed.text))
    var seed: UInt64 = 42

    @Option(name: [.short, .long], help: ArgumentHelp(CLIText.writtenPortfolio.text))
    var output: String

    func validate() throws {
        if let municipalities, !(2...2000).contains(municipalities) { throw ValidationError(CLIText.municipalitiesRange.text) }
        if let services, !(1...5000).contains(services) { throw ValidationError(CLIText.servicesRange.text) }
    }

    func run() throws {
        let m = municipalities ?? (preset == .county ? 43 : 356)
        let s = services ?? (preset == .county ? 60 : 100)
        let chosen: SyntheticPortfolio.Band? =
            switch band {
            case .loose: SyntheticPortfolio.Band(relative: 1.0, absolute: 5)
            case .tight: .tight
            case .none: nil
            }
        let portfolio = SyntheticPortfolio.make(municipalities: m, services: s, band: chosen, seed: seed)
        try PortfolioWriter.write(portfolio, to: output)
        Console.out("\(portfolio.id): \(m) × \(s), band \(band.rawValue) → \(output)\n")
    }
}
