internal import Foundation
internal import SplitMix
public import Vertsval

/// Generates synthetic regions and portfolios of any size, deterministically from a seed,
/// for benchmarks and scale tests.
///
/// The recipe (documented so that the instances can be regenerated elsewhere):
/// - **Municipalities** `m0 … m(M−1)`: population `round(P / (i + 1)^0.9)` with `P =
///   180 000`, times a factor uniform in [0.8, 1.2], at least 300 — a skewed,
///   county-like size distribution (one city, many small places).
/// - **Travel times**: centres on a 300 × 300 km square (uniform), 1.2 minutes per km of
///   straight-line distance, plus 10 minutes; symmetric.
/// - **Services** `s0 … s(S−1)`: FTE uniform in {1.0, 1.5, …, 20.0}. Eligible
///   municipalities: each with probability 0.35, plus the three largest; at least 3.
///   Value 0–100 at municipality m: `40 + 35 · (rank-based size score) + noise(−15, 15)`,
///   clamped — larger places have stronger professional environments, with scatter.
/// - **Decided**: every tenth service (s0, s10, …) is fixed at its highest-valued
///   eligible municipality.
/// - **Balance**: every municipality's hosted FTE within its population share of all FTE
///   ± (`relative` × target + `absolute`).
///
/// Randomness: SplitMix64 from `seed`, drawn in the order above.
public enum SyntheticPortfolio {
    /// How tight the balance band is.
    public struct Band: Sendable, Hashable {
        /// Relative half-width (0.25 = ±25 %).
        public var relative: Double
        /// Absolute half-width in FTE.
        public var absolute: Double

        /// Creates a band.
        public init(relative: Double, absolute: Double) {
            self.relative = relative
            self.absolute = absolute
        }

        /// ±100 % + 5 FTE.
        public static let loose = Band(relative: 1.0, absolute: 5)
        /// ±25 % + 10 FTE (the national benchmark's tight band).
        public static let tight = Band(relative: 0.25, absolute: 10)
    }

    /// A portfolio of `services` services over `municipalities` municipalities.
    public static func make(municipalities: Int, services: Int, band: Band?, seed: UInt64) -> Portfolio {
        var rng = SplitMix64(seed: seed)
        let count = max(2, municipalities)
        var people: [Int] = []
        for i in 0..<count {
            let base = 180_000 / pow(Double(i + 1), 0.9)
            people.append(max(300, Int((base * rng.uniform(0.8, 1.2)).rounded())))
        }
        let ids = (0..<count).map { Municipality.ID("m\($0)") }
        let list = ids.enumerated().map { i, id in
            Municipality(
                id: id, number: String(5000 + i), name: "Kommune \(i)", population: people[i], populationYear: 2025,
                populationSource: "Syntetisk (seed \(seed))", centre: "Senter \(i)")
        }
        var points: [(Double, Double)] = []
        for _ in 0..<count { points.append((rng.uniform(0, 300), rng.uniform(0, 300))) }
        var minutes: [Municipality.ID: [Municipality.ID: Double]] = [:]
        for i in 0..<count {
            for j in (i + 1)..<count {
                let dx = points[i].0 - points[j].0
                let dy = points[i].1 - points[j].1
                minutes[ids[i], default: [:]][ids[j]] = (10 + 1.2 * (dx * dx + dy * dy).squareRoot()).rounded()
            }
        }
        let region = Region(
            id: "syntetisk", name: LocalizedText(nn: "Syntetisk region (\(count) kommunar)"), municipalities: list,
            travelTimes: TravelTimeMatrix(minutes: minutes, isEstimate: true), costKey: CostKey(equalShare: 0.25))

        // Size score by rank: 1 for the largest, 0 for the smallest.
        let order = people.indices.sorted { people[$0] > people[$1] }
        var score = [Double](repeating: 0, count: count)
        for (rank, index) in order.enumerated() { score[index] = count > 1 ? 1 - Double(rank) / Double(count - 1) : 1 }
        let largest = Set(order.prefix(3))

        var list2: [PortfolioService] = []
        for s in 0..<max(1, services) {
            let fte = Double(rng.integer(2...40)) / 2
            var values: [Municipality.ID: Double] = [:]
            for m in 0..<count {
                let eligible = rng.uniform(0, 1) < 0.35 || largest.contains(m)
                let value = min(100, max(0, 40 + 35 * score[m] + rng.uniform(-15, 15)))
                if eligible { values[ids[m]] = value.rounded() }
            }
            var m = 0
            while values.count < min(3, count) {
                if values[ids[m]] == nil { values[ids[m]] = (40 + 35 * score[m]).rounded() }
                m += 1
            }
            let id = PortfolioService.ID("s\(s)")
            let name = LocalizedText(nn: "Teneste \(s)")
            if s % 10 == 0 {
                let host = values.keys.sorted { (values[$0] ?? 0, $1) > (values[$1] ?? 0, $0) }.first ?? ids[0]
                list2.append(
                    PortfolioService(
                        id: id, name: name, fte: fte, budget: fte * 1_100_000, status: .decided(host: host), values: [host: values[host] ?? 0],
                        hasDecidedValue: true))
            } else {
                list2.append(PortfolioService(id: id, name: name, fte: fte, budget: fte * 1_100_000, status: .open, values: values))
            }
        }
        var rules = PortfolioRules()
        if let band { rules.balance = .init(relative: band.relative, absolute: band.absolute) }
        return Portfolio(
            id: "syntetisk-\(count)x\(services)-\(seed)", title: LocalizedText(nn: "Syntetisk portefølje \(count) × \(services)"),
            region: region, notice: LocalizedText(nn: "Syntetiske data for ytingsmåling (seed \(seed))."), illustrative: true,
            services: list2, rules: rules)
    }
}
