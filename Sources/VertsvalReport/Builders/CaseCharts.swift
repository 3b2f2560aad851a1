public import Vertsval

/// The charts of a case report, built from the evaluation and its analysis (renderers
/// only draw them).
public struct CaseCharts: Sendable {
    let analysis: EvaluationAnalysis
    let language: Language

    /// Creates the chart builder for an evaluation already analysed.
    public init(_ analysis: EvaluationAnalysis, language: Language) {
        self.analysis = analysis
        self.language = language
    }

    /// Creates the chart builder, analysing `evaluation` first.
    public init(_ evaluation: Evaluation, language: Language) {
        self.init(EvaluationAnalysis(evaluation), language: language)
    }

    private var evaluation: Evaluation { analysis.evaluation }

    private var n: NumberFormat { NumberFormat(language) }
    /// `key` in the language written in.
    private func text(_ key: CaseReportText) -> String { key.text(in: language) }
    /// The shared `key` in the language written in.
    private func text(_ key: ReportText) -> String { key.text(in: language) }

    /// Stacked bars: each candidate's total split into the criteria's contributions.
    public func contributions() -> Chart {
        let candidates = evaluation.candidates
        let series = evaluation.criteria.map { criterion in
            Chart.Series(name: criterion.name.text(language), values: candidates.map { $0.contributions[criterion.id] ?? 0 })
        }
        let totals = candidates.map { "\($0.municipality.name) \(n.format($0.total, decimals: 1))" }
        return Chart(
            kind: .stackedBars,
            title: text(.contributionChartTitle),
            altText: text(.contributionChartDescription(totals: totals)),
            categories: candidates.map(\.municipality.name), series: series,
            valueLabel: text(.pointsOf100))
    }

    /// Diverging bars: the margin of the first over the second, criterion by criterion.
    public func margin() -> Chart? {
        guard let comparison = evaluation.comparison else { return nil }
        let leader = evaluation.region.name(of: comparison.leader)
        let runner = evaluation.region.name(of: comparison.runnerUp)
        let criteria = evaluation.criteria
        // As the contribution table shows them, so that the labels add up to the margin.
        let shown = evaluation.shownDifferences(comparison)
        return Chart(
            kind: .divergingBars,
            title: text(.marginChartTitle(leader: leader, runnerUp: runner)),
            altText: text(.marginChartDescription(leader: leader, runnerUp: runner, margin: n.signed(evaluation.shownMargin(comparison)))),
            categories: criteria.map { $0.name.text(language) },
            series: [Chart.Series(name: "\(leader) − \(runner)", values: criteria.map { shown[$0.id] ?? 0 })],
            valueLabel: text(.points))
    }

    /// Lines: every ranked candidate's total as the weight of the criterion with the
    /// nearest swap moves from 0 to 100 %, crossings marked, the current weight shown.
    public func sensitivity() -> Chart? {
        guard let curve = analysis.nearestSwapCurve, let criterion = evaluation.template.criterion(curve.criterion) else { return nil }
        let name = { (id: Municipality.ID) in evaluation.region.name(of: id) }
        let xs = curve.breakpoints
        let series = curve.lines.map { line in
            Chart.Series(name: name(line.municipality), values: xs.map { line.total(at: $0) })
        }
        let markers = curve.crossings.map { crossing in
            Chart.Marker(
                x: 100 * crossing.weight, y: crossing.total,
                label: "\(name(crossing.aheadAbove)) > \(name(crossing.aheadBelow)): \(n.percent(100 * crossing.weight, decimals: 1))")
        }
        let leaders = curve.leaders.map { stretch in
            text(
                .firstOverStretch(
                    leader: name(stretch.leader), from: n.percent(100 * stretch.from, decimals: 1), to: n.percent(100 * stretch.to, decimals: 1)))
        }
        let what = criterion.name.text(language)
        return Chart(
            kind: .lines,
            title: text(.sensitivityChartTitle(criterion: what)),
            altText: text(.oneLinePerMunicipality)
                + leaders.joined(separator: "; ") + ".",
            xValues: xs.map { 100 * $0 }, series: series, markers: markers,
            valueLabel: text(.totalValueAxis),
            xLabel: text(.weightAxis(criterion: what)),
            referenceX: 100 * curve.weightNow,
            referenceLabel: text(.nowPrefix) + n.percent(100 * curve.weightNow, decimals: 1))
    }
}
