internal import Vertsval

/// The parts only the full report has: key figures and the cost of the service.
extension CaseReport {
    func keyFigures() -> [KeyFigure] {
        let n = NumberFormat(language)
        var figures = evaluation.ranked.prefix(3).map { result in
            KeyFigure(
                // The unit goes under the number, so that a narrow card never wraps «68,6 / poeng».
                label: result.municipality.name, value: n.format(result.total, decimals: 1),
                detail: text(.points) + (result.rank.map { " · " + text(.rankFigure($0)) } ?? ""))
        }
        if let robustness = options.robustness, let leader = evaluation.ranked.first, let share = robustness.firstRank(of: leader.municipality.id) {
            figures.append(
                KeyFigure(
                    label: text(.robustness),
                    value: n.percent(100 * share, decimals: 0),
                    detail: text(.drawsWithFirst(leader: leader.municipality.name))))
        }
        if let comparison = evaluation.comparison {
            figures.append(
                KeyFigure(
                    label: text(.margin),
                    value: n.format(evaluation.shownMargin(comparison), decimals: 1),
                    detail: text(.points) + " " + text(.of100)))
        }
        return figures
    }

    /// The service budget shared by the cost key, when the case has a budget; under each
    /// candidate host when the budget follows the host.
    func costBlocks() -> [Block] {
        let sharing = analysis.costSharing
        guard let item = sharing.items.first, let budget = item.budget else { return [] }
        let n = NumberFormat(language)
        let key = item.key ?? CostKey(equalShare: 0)
        if let byHost = sharing.byHost {
            return [.heading(text(.costSharing), level: 1)]
                + CostSharingReport.hostBlocks(
                    byHost, shares: item.shares, region: evaluation.region, language: language,
                    lead: CostSharingReport.keySentence(key, language: language))
        }
        // Shares add up to 100 % and amounts to the budget, as shown.
        let municipalities = evaluation.region.municipalities
        let shares = ShownRounding.apportioned(municipalities.map { 100 * (item.shares[$0.id] ?? 0) }, decimals: 1)
        let amounts = ShownRounding.apportioned(municipalities.map { item.amounts[$0.id] ?? 0 }, decimals: 0)
        let rows = municipalities.indices.map { index in
            [
                municipalities[index].name, n.format(Double(municipalities[index].population), decimals: 0),
                n.percent(shares[index], decimals: 1), n.format(amounts[index], decimals: 0),
            ]
        }
        let year = evaluation.case.service.budgetYear.map { " (\($0))" } ?? ""
        return [
            .heading(text(.costSharing), level: 1),
            .paragraph(
                CostSharingReport.keySentence(key, language: language) + " "
                    + text(.budgetSentence(budget: n.format(budget, decimals: 0), year: year))),
            .table(
                Table(
                    caption: text(.budgetShareCaption),
                    columns: [
                        .init(text(.municipality)),
                        .init(text(.population), .trailing),
                        .init(text(.share), .trailing),
                        .init(text(.nokPerYear), .trailing),
                    ],
                    rows: rows,
                    footer: [
                        [
                            text(.total),
                            n.format(Double(evaluation.region.totalPopulation), decimals: 0), n.percent(100, decimals: 0),
                            n.format(budget, decimals: 0),
                        ]
                    ])),
        ]
    }
}
