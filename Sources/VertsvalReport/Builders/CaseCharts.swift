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

    private var t: Phrasebook { Phrasebook(language) }
    private var n: NumberFormat { NumberFormat(language) }

    /// Stacked bars: each candidate's total split into the criteria's contributions.
    public func contributions() -> Chart {
        let candidates = evaluation.candidates
        let series = evaluation.criteria.map { criterion in
            Chart.Series(name: criterion.name.text(language), values: candidates.map { $0.contributions[criterion.id] ?? 0 })
        }
        let totals = candidates.map { "\($0.municipality.name) \(n.format($0.total, decimals: 1))" }
        return Chart(
            kind: .stackedBars,
            title: t.pick(
                nn: "Bidrag per kriterium til totalverdien", nb: "Bidrag per kriterium til totalverdien",
                en: "Contribution of each criterion to the total"),
            altText: t.pick(
                nn:
                    "Liggjande stolpar, éin per kommune, delte opp etter kriterium. Totalverdiar: \(t.list(totals)). Tala står i tabellen «Bidrag per kriterium».",
                nb:
                    "Liggende stolper, én per kommune, delt opp etter kriterium. Totalverdier: \(t.list(totals)). Tallene står i tabellen «Bidrag per kriterium».",
                en:
                    "Horizontal bars, one per municipality, split by criterion. Totals: \(t.list(totals)). The numbers are in the table 'Contribution per criterion'."
            ),
            categories: candidates.map(\.municipality.name), series: series,
            valueLabel: t.pick(nn: "poeng av 100", nb: "poeng av 100", en: "points of 100"))
    }

    /// Diverging bars: the margin of the first over the second, criterion by criterion.
    public func margin() -> Chart? {
        guard let comparison = evaluation.comparison else { return nil }
        let leader = evaluation.region.name(of: comparison.leader)
        let runner = evaluation.region.name(of: comparison.runnerUp)
        let criteria = evaluation.criteria
        return Chart(
            kind: .divergingBars,
            title: t.pick(
                nn: "Skilnaden mellom \(leader) og \(runner) per kriterium", nb: "Forskjellen mellom \(leader) og \(runner) per kriterium",
                en: "The margin between \(leader) and \(runner) by criterion"),
            altText: t.pick(
                nn: "Stolpar til høgre er i \(leader) sin favør, til venstre i \(runner) sin. Summen er \(n.signed(comparison.margin)) poeng.",
                nb: "Stolper til høyre er i \(leader)s favør, til venstre i \(runner)s. Summen er \(n.signed(comparison.margin)) poeng.",
                en: "Bars to the right favour \(leader), to the left \(runner). They sum to \(n.signed(comparison.margin)) points."),
            categories: criteria.map { $0.name.text(language) },
            series: [Chart.Series(name: "\(leader) − \(runner)", values: criteria.map { comparison.byCriterion[$0.id] ?? 0 })],
            valueLabel: t.pick(nn: "poeng", nb: "poeng", en: "points"))
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
            t.pick(
                nn:
                    "\(name(stretch.leader)) er først frå \(n.percent(100 * stretch.from, decimals: 1)) til \(n.percent(100 * stretch.to, decimals: 1))",
                nb:
                    "\(name(stretch.leader)) er først fra \(n.percent(100 * stretch.from, decimals: 1)) til \(n.percent(100 * stretch.to, decimals: 1))",
                en:
                    "\(name(stretch.leader)) is first from \(n.percent(100 * stretch.from, decimals: 1)) to \(n.percent(100 * stretch.to, decimals: 1))"
            )
        }
        let what = criterion.name.text(language)
        return Chart(
            kind: .lines,
            title: t.pick(
                nn: "Totalverdi når vekta på «\(what)» endrar seg", nb: "Totalverdi når vekten på «\(what)» endrer seg",
                en: "Total value as the weight of '\(what)' changes"),
            altText: t.pick(nn: "Linjer for kvar kommune. ", nb: "Linjer for hver kommune. ", en: "One line per municipality. ")
                + leaders.joined(separator: "; ") + ".",
            xValues: xs.map { 100 * $0 }, series: series, markers: markers,
            valueLabel: t.pick(nn: "totalverdi", nb: "totalverdi", en: "total value"),
            xLabel: t.pick(nn: "vekt på «\(what)» (%)", nb: "vekt på «\(what)» (%)", en: "weight of '\(what)' (%)"),
            referenceX: 100 * curve.weightNow,
            referenceLabel: t.pick(nn: "no: ", nb: "nå: ", en: "now: ") + n.percent(100 * curve.weightNow, decimals: 1))
    }
}
