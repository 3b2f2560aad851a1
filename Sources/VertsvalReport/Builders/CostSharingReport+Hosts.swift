public import Vertsval

/// The cost of a case's service under each candidate host, for the case report and
/// `vertsval share`, when the budget follows the host.
extension CostSharingReport {
    /// The sentences on the overheads and the difference between hosts, and the table of each
    /// municipality's cost under each host (one amount column when every host gives the same
    /// budget).
    ///
    /// - Parameters:
    ///   - byHost: the budgets under each host, computed by `CostSharing`.
    ///   - shares: each municipality's key share (the same under every host).
    ///   - region: the municipalities, in the order the table lists them.
    ///   - lead: a sentence the paragraph starts with (the case report's sentence on the key).
    public static func hostBlocks(
        _ byHost: HostBudgets, shares: [Municipality.ID: Double], region: Region, language: Language, lead: String? = nil
    ) -> [Block] {
        let n = NumberFormat(language)
        let t = Phrasebook(language)
        func text(_ key: CostSharingReportText) -> String { key.text(in: language) }
        func text(_ key: ReportText) -> String { key.text(in: language) }
        func text(_ key: CaseReportText) -> String { key.text(in: language) }
        func kr(_ value: Double) -> String { n.format(value, decimals: 0) }
        let decimals = byHost.criterion.measure?.decimals ?? 1
        let name = region.name(of:)
        let overheads = byHost.hosts.map {
            text(.overheadAt(percent: n.percent($0.overheadPercent, decimals: decimals), host: name($0.municipality)))
        }
        var sentences =
            [lead].compactMap { $0 } + [
                text(
                    .overheadSentence(
                        base: kr(byHost.baseBudget), year: byHost.budgetYear.map { " (\($0))" } ?? "",
                        criterion: byHost.criterion.name.text(language),
                        overheads: t.list(overheads)))
            ]
        let municipalities = region.municipalities
        let ids = municipalities.map(\.id)
        let population = Double(region.totalPopulation)
        // Shown figures add up: shares to 100 %, each host's amounts to its budget, and a
        // difference is the difference of the shown amounts.
        let shownShares = ShownRounding.apportioned(ids.map { 100 * (shares[$0] ?? 0) }, decimals: 1)
        let shown = byHost.hosts.map { host in ShownRounding.apportioned(ids.map { host.amounts[$0] ?? 0 }, decimals: 0) }
        let leading: [Table.Column] = [.init(text(.municipality)), .init(text(.population), .trailing), .init(text(.share), .trailing)]
        func firstCells(_ index: Int) -> [String] {
            [municipalities[index].name, n.format(Double(municipalities[index].population), decimals: 0), n.percent(shownShares[index], decimals: 1)]
        }
        let totalLead = [text(.total), n.format(population, decimals: 0), n.percent(100, decimals: 0)]
        guard byHost.differs, let cheapestIndex = byHost.hosts.firstIndex(where: { $0.municipality == byHost.cheapest.municipality }),
            let dearestIndex = byHost.hosts.firstIndex(where: { $0.municipality == byHost.dearest.municipality })
        else {
            let host = byHost.cheapest
            sentences.append(text(.sameBudget(budget: kr(host.budget))))
            let amounts = shown.first ?? []
            let rows = ids.indices.map { firstCells($0) + [kr(amounts[$0])] }
            return [
                .paragraph(sentences.joined(separator: " ")),
                .table(
                    Table(
                        caption: text(.sameBudgetCaption), columns: leading + [.init(text(.nokPerYear), .trailing)], rows: rows,
                        footer: [totalLead + [kr(host.budget)]])),
            ]
        }
        let differences = ids.indices.map { shown[dearestIndex][$0] - shown[cheapestIndex][$0] }
        let difference = ShownRounding.difference(byHost.dearest.budget, byHost.cheapest.budget, decimals: 0)
        let cheapest = name(byHost.cheapest.municipality)
        sentences.append(
            text(
                .hostDifference(
                    dearest: name(byHost.dearest.municipality), dearestBudget: kr(byHost.dearest.budget), difference: kr(difference),
                    cheapest: byHost.hosts.count > 2 ? text(.cheapestOf(host: cheapest)) : cheapest,
                    cheapestBudget: kr(byHost.cheapest.budget))))
        // The lowest and highest difference a municipality sees (the first in region order of
        // equals), as shown in the table.
        if let lowest = differences.indices.min(by: { differences[$0] < differences[$1] }),
            let highest = differences.indices.max(by: { differences[$0] < differences[$1] }), differences[lowest] < differences[highest]
        {
            sentences.append(
                text(
                    .differenceRange(
                        lowest: kr(differences[lowest]), lowestName: municipalities[lowest].name, highest: kr(differences[highest]),
                        highestName: municipalities[highest].name)))
        }
        let rows = ids.indices.map { index in firstCells(index) + shown.map { kr($0[index]) } + [kr(differences[index])] }
        return [
            .paragraph(sentences.joined(separator: " ")),
            .table(
                Table(
                    caption: text(.hostTableCaption),
                    columns: leading + byHost.hosts.map { .init(text(.withHost(host: name($0.municipality))), .trailing) }
                        + [.init(text(.difference), .trailing)],
                    rows: rows, footer: [totalLead + byHost.hosts.map { kr($0.budget) } + [kr(difference)]])),
        ]
    }
}
