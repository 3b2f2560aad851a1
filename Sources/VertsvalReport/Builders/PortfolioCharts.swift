public import Vertsval
public import VertsvalOptimizer

/// The charts of a portfolio report.
public struct PortfolioCharts: Sendable {
    let portfolio: Portfolio
    let result: AssignmentResult
    let language: Language

    /// Creates the chart builder.
    public init(_ portfolio: Portfolio, result: AssignmentResult, language: Language) {
        self.portfolio = portfolio
        self.result = result
        self.language = language
    }

    private var t: Phrasebook { Phrasebook(language) }
    private var n: NumberFormat { NumberFormat(language) }

    /// Grouped bars: each municipality's share of the hosted FTE against its share of the
    /// population.
    public func balance() -> Chart {
        let total = result.loads.reduce(0) { $0 + $1.fte }
        let names = result.loads.map { portfolio.region.name(of: $0.municipality) }
        let fte = result.loads.map { total > 0 ? 100 * $0.fte / total : 0 }
        let population = result.loads.map { 100 * $0.populationShare }
        let pairs = zip(names, zip(fte, population)).map { "\($0): \(n.percent($1.0, decimals: 1)) / \(n.percent($1.1, decimals: 1))" }
        return Chart(
            kind: .groupedBars,
            title: t.pick(
                nn: "Del av årsverka mot del av folketalet", nb: "Andel av årsverkene mot andel av folketallet",
                en: "Share of FTE against share of population"),
            altText: t.pick(
                nn: "Per kommune, årsverk / folketal: ", nb: "Per kommune, årsverk / folketall: ", en: "Per municipality, FTE / population: ")
                + pairs.joined(separator: "; ") + ".",
            categories: names,
            series: [
                Chart.Series(name: t.pick(nn: "Årsverk", nb: "Årsverk", en: "FTE"), values: fte),
                Chart.Series(name: t.pick(nn: "Folketal", nb: "Folketall", en: "Population"), values: population),
            ],
            valueLabel: "%")
    }

    /// Grouped bars: each municipality's share of the cost against its share of the jobs.
    public func costAgainstJobs() -> Chart? {
        let hosts = Dictionary(uniqueKeysWithValues: result.assignment.map { ($0.service, $0.host) })
        let positions = NetPosition.positions(portfolio, hosts: hosts)
        guard positions.contains(where: { $0.cost > 0 }) else { return nil }
        let names = positions.map { portfolio.region.name(of: $0.municipality) }
        let pairs = zip(names, positions).map {
            "\($0): \(n.percent(100 * $1.costShare, decimals: 1)) / \(n.percent(100 * $1.fteShare, decimals: 1))"
        }
        return Chart(
            kind: .groupedBars,
            title: t.pick(
                nn: "Del av kostnaden mot del av arbeidsplassane", nb: "Andel av kostnaden mot andel av arbeidsplassene",
                en: "Share of cost against share of jobs"),
            altText: t.pick(nn: "Per kommune, kostnad / årsverk: ", nb: "Per kommune, kostnad / årsverk: ", en: "Per municipality, cost / FTE: ")
                + pairs.joined(separator: "; ") + ".",
            categories: names,
            series: [
                Chart.Series(name: t.pick(nn: "Kostnad", nb: "Kostnad", en: "Cost"), values: positions.map { 100 * $0.costShare }),
                Chart.Series(name: t.pick(nn: "Årsverk", nb: "Årsverk", en: "FTE"), values: positions.map { 100 * $0.fteShare }),
            ],
            valueLabel: "%")
    }
}
