internal import Vertsval

/// The parts only the full report has: key figures and the cost of the service.
extension CaseReport {
    func keyFigures() -> [KeyFigure] {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        var figures = evaluation.ranked.prefix(3).map { result in
            KeyFigure(
                label: result.municipality.name, value: n.format(result.total, decimals: 1) + " " + t.pick(nn: "poeng", nb: "poeng", en: "points"),
                detail: result.rank.map { t.pick(nn: "rang \($0)", nb: "rang \($0)", en: "rank \($0)") })
        }
        if let robustness = options.robustness, let leader = evaluation.ranked.first, let share = robustness.firstRank(of: leader.municipality.id) {
            figures.append(
                KeyFigure(
                    label: t.pick(nn: "Robustheit", nb: "Robusthet", en: "Robustness"),
                    value: n.percent(100 * share, decimals: 0),
                    detail: t.pick(
                        nn: "av trekningane har \(leader.municipality.name) først", nb: "av trekningene har \(leader.municipality.name) først",
                        en: "of draws put \(leader.municipality.name) first")))
        }
        if let comparison = evaluation.comparison {
            figures.append(
                KeyFigure(
                    label: t.pick(nn: "Skilnad", nb: "Forskjell", en: "Margin"),
                    value: n.format(comparison.margin, decimals: 1) + " " + t.pick(nn: "poeng", nb: "poeng", en: "points"),
                    detail: t.pick(nn: "av 100", nb: "av 100", en: "of 100")))
        }
        return figures
    }

    /// The service budget shared by the cost key, when the case has a budget.
    func costBlocks() -> [Block] {
        guard let item = analysis.costSharing.items.first, let budget = item.budget else { return [] }
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        let key = item.key ?? CostKey(equalShare: 0)
        let rows = evaluation.region.municipalities.map { municipality in
            [
                municipality.name, n.format(Double(municipality.population), decimals: 0),
                n.percent(100 * (item.shares[municipality.id] ?? 0), decimals: 1), n.format(item.amounts[municipality.id] ?? 0, decimals: 0),
            ]
        }
        let year = evaluation.case.service.budgetYear.map { " (\($0))" } ?? ""
        return [
            .heading(t.pick(nn: "Kostnadsdeling", nb: "Kostnadsdeling", en: "Cost sharing"), level: 1),
            .paragraph(
                CostSharingReport.keySentence(key, language: language) + " "
                    + t.pick(
                        nn: "Budsjettet for tenesta er \(n.format(budget, decimals: 0)) kr\(year), uavhengig av kven som blir vertskommune.",
                        nb: "Budsjettet for tjenesten er \(n.format(budget, decimals: 0)) kr\(year), uavhengig av hvem som blir vertskommune.",
                        en: "The service's budget is NOK \(n.format(budget, decimals: 0))\(year), whichever municipality hosts it.")),
            .table(
                Table(
                    caption: t.pick(
                        nn: "Del av budsjettet per kommune", nb: "Andel av budsjettet per kommune", en: "Share of the budget per municipality"),
                    columns: [
                        .init(t.pick(nn: "Kommune", nb: "Kommune", en: "Municipality")),
                        .init(t.pick(nn: "Folketal", nb: "Folketall", en: "Population"), .trailing),
                        .init(t.pick(nn: "Del", nb: "Andel", en: "Share"), .trailing),
                        .init(t.pick(nn: "Kr per år", nb: "Kr per år", en: "NOK per year"), .trailing),
                    ],
                    rows: rows,
                    footer: [
                        [
                            t.pick(nn: "Sum", nb: "Sum", en: "Total"),
                            n.format(Double(evaluation.region.totalPopulation), decimals: 0), n.percent(100, decimals: 0),
                            n.format(budget, decimals: 0),
                        ]
                    ])),
        ]
    }
}
