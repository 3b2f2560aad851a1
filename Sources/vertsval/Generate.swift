import ArgumentParser
import Foundation
import Vertsval
import VertsvalSynthetic

/// `vertsval generate`: write a seeded synthetic portfolio (county or national size).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lag ein syntetisk portefølje (fylke eller heile landet) med fast frø.",
        discussion: """
            Writes SyntheticPortfolio.make(municipalities:services:band:seed:) as a portfolio \
            file and its region (see the recipe in SyntheticPortfolio's documentation). Presets: \
            county = 43 × 60, nation = 356 × 100; bands: loose = ±100 % + 5 FTE, tight = ±25 % + 10 FTE.
            """
    )

    enum Preset: String, ExpressibleByArgument, CaseIterable {
        case county, nation
    }

    enum BandName: String, ExpressibleByArgument, CaseIterable {
        case loose, tight, none
    }

    @Option(help: "county (43 × 60) eller nation (356 × 100).")
    var preset: Preset = .county

    @Option(help: "Tal på kommunar (overstyrer --preset).")
    var municipalities: Int?

    @Option(help: "Tal på tenester (overstyrer --preset).")
    var services: Int?

    @Option(help: "loose, tight eller none.")
    var band: BandName = .tight

    @Option(help: "Frø for tilfeldige tal.")
    var seed: UInt64 = 42

    @Option(name: [.short, .long], help: "Porteføljefila som skal skrivast (regionen blir skriven ved sida av).")
    var output: String

    func validate() throws {
        if let municipalities, !(2...2000).contains(municipalities) { throw ValidationError("--municipalities must be between 2 and 2000") }
        if let services, !(1...5000).contains(services) { throw ValidationError("--services must be between 1 and 5000") }
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
