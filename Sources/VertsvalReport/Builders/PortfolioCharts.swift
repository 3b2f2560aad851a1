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

    private var n: NumberFormat { NumberFormat(language) }
    /// `key` in the language written in.
    private func text(_ key: PortfolioReportText) -> String { key.text(in: language) }
    /// The shared `key` in the language written in.
    private func text(_ key: ReportText) -> String { key.text(in: language) }

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
            title: text(.balanceChartTitle),
            altText: text(.balanceChartDescriptionPrefix)
                + pairs.joined(separator: "; ") + ".",
            categories: names,
            series: [
                Chart.Series(name: text(.fte), values: fte),
                Chart.Series(name: text(.population), values: population),
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
            title: text(.costChartTitle),
            altText: text(.costChartDescriptionPrefix)
                + pairs.joined(separator: "; ") + ".",
            categories: names,
            series: [
                Chart.Series(name: text(.cost), values: positions.map { 100 * $0.costShare }),
                Chart.Series(name: text(.fte), values: positions.map { 100 * $0.fteShare }),
            ],
            valueLabel: "%")
    }
}
