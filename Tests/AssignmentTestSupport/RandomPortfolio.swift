public import SplitMix
public import Vertsval
public import VertsvalTestSupport

/// Random small portfolios with every kind of rule, for cross-checks.
public enum RandomPortfolio {
    /// A portfolio of 2–6 services over 2–4 municipalities, drawn from `rng`.
    public static func make(_ rng: inout SeededGenerator) -> Portfolio {
        let municipalityCount = Int.random(in: 2...4, using: &rng)
        let ids = (0..<municipalityCount).map { Municipality.ID("m\($0)") }
        let municipalities = ids.enumerated().map { index, id in
            Municipality(
                id: id, number: "\(index)", name: "Kommune \(index)", population: Int.random(in: 500...15_000, using: &rng),
                populationYear: 2024, populationSource: "test", centre: "C\(index)")
        }
        var minutes: [Municipality.ID: [Municipality.ID: Double]] = [:]
        for a in ids { for b in ids where a < b { minutes[a, default: [:]][b] = 30 } }
        let region = Region(
            id: "r", name: LocalizedText(nn: "R"), municipalities: municipalities,
            travelTimes: TravelTimeMatrix(minutes: minutes, isEstimate: true))
        let serviceCount = Int.random(in: 2...6, using: &rng)
        var services: [PortfolioService] = []
        for s in 0..<serviceCount {
            let fte = Double(Int.random(in: 5...100, using: &rng)) / 10
            let importance: Double = [0.5, 1.0, 1.0, 2.0].randomElement(using: &rng) ?? 1
            if Int.random(in: 0..<5, using: &rng) == 0 {
                let host = ids.randomElement(using: &rng) ?? "m0"
                services.append(
                    PortfolioService(
                        id: PortfolioService.ID("s\(s)"), name: LocalizedText(nn: "S\(s)"), fte: fte, importance: importance,
                        status: .decided(host: host),
                        values: [host: Double(Int.random(in: 0...100, using: &rng))]))
            } else {
                let eligible = ids.shuffled(using: &rng).prefix(Int.random(in: 1...min(3, ids.count), using: &rng))
                let values = Dictionary(uniqueKeysWithValues: eligible.map { ($0, Double(Int.random(in: 0...100, using: &rng))) })
                services.append(
                    PortfolioService(
                        id: PortfolioService.ID("s\(s)"), name: LocalizedText(nn: "S\(s)"), fte: fte, importance: importance, status: .open,
                        values: values))
            }
        }
        var rules = PortfolioRules()
        if Bool.random(using: &rng) {
            rules.balance = .init(
                relative: Double(Int.random(in: 0...80, using: &rng)) / 100, absolute: Double(Int.random(in: 0...30, using: &rng)) / 10,
                municipalities: Int.random(in: 0..<3, using: &rng) == 0 ? Array(ids.prefix(2)) : nil)
        }
        if Int.random(in: 0..<3, using: &rng) == 0 {
            let m = ids.randomElement(using: &rng) ?? "m0"
            let minimum = Bool.random(using: &rng) ? Double(Int.random(in: 0...60, using: &rng)) / 10 : nil
            let maximum = Bool.random(using: &rng) ? (minimum ?? 0) + Double(Int.random(in: 0...150, using: &rng)) / 10 : nil
            rules.fteBounds = [.init(municipality: m, minimum: minimum, maximum: maximum ?? (minimum == nil ? 10 : nil))]
        }
        if Int.random(in: 0..<5, using: &rng) < 2 {
            let minimum = Int.random(in: 0...1, using: &rng)
            rules.serviceCount = .init(minimum: minimum, maximum: Bool.random(using: &rng) ? Int.random(in: max(1, minimum)...3, using: &rng) : nil)
        }
        if serviceCount >= 2, Int.random(in: 0..<10, using: &rng) < 3 {
            let pair = Array((0..<serviceCount).shuffled(using: &rng).prefix(2))
            rules.together = [.init(PortfolioService.ID("s\(pair[0])"), PortfolioService.ID("s\(pair[1])"))]
        }
        if serviceCount >= 2, Int.random(in: 0..<10, using: &rng) < 3 {
            let pair = Array((0..<serviceCount).shuffled(using: &rng).prefix(2))
            rules.apart = [.init(PortfolioService.ID("s\(pair[0])"), PortfolioService.ID("s\(pair[1])"))]
        }
        return Portfolio(id: "random", title: LocalizedText(nn: "Tilfeldig"), region: region, services: services, rules: rules)
    }
}
