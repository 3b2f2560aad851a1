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
        let population = Double(region.totalPopulation)
        func share(_ id: Municipality.ID) -> String { n.percent(100 * (shares[id] ?? 0), decimals: 1) }
        let leading: [Table.Column] = [.init(text(.municipality)), .init(text(.population), .trailing), .init(text(.share), .trailing)]
        guard byHost.differs else {
            let host = byHost.cheapest
            sentences.append(text(.sameBudget(budget: kr(host.budget))))
            let rows = municipalities.map { m in
                [m.name, n.format(Double(m.population), decimals: 0), share(m.id), kr(host.amounts[m.id] ?? 0)]
            }
            return [
                .paragraph(sentences.joined(separator: " ")),
                .table(
                    Table(
                        caption: text(.sameBudgetCaption), columns: leading + [.init(text(.nokPerYear), .trailing)], rows: rows,
                        footer: [[text(.total), n.format(population, decimals: 0), n.percent(100, decimals: 0), kr(host.budget)]])),
            ]
        }
        let cheapest = name(byHost.cheapest.municipality)
        sentences.append(
            text(
                .hostDifference(
                    dearest: name(byHost.dearest.municipality), dearestBudget: kr(byHost.dearest.budget), difference: kr(byHost.difference),
                    cheapest: byHost.hosts.count > 2 ? text(.cheapestOf(host: cheapest)) : cheapest,
                    cheapestBudget: kr(byHost.cheapest.budget))))
        // The lowest and highest difference a municipality sees, first in region order of equals.
        var lowest: Municipality?
        var highest: Municipality?
        for m in municipalities {
            let difference = byHost.differences[m.id] ?? 0
            if lowest.map({ difference < (byHost.differences[$0.id] ?? 0) }) ?? true { lowest = m }
            if highest.map({ difference > (byHost.differences[$0.id] ?? 0) }) ?? true { highest = m }
        }
        if let lowest, let highest, lowest.id != highest.id {
            sentences.append(
                text(
                    .differenceRange(
                        lowest: kr(byHost.differences[lowest.id] ?? 0), lowestName: lowest.name,
                        highest: kr(byHost.differences[highest.id] ?? 0), highestName: highest.name)))
        }
        let rows = municipalities.map { m in
            [m.name, n.format(Double(m.population), decimals: 0), share(m.id)]
                + byHost.hosts.map { kr($0.amounts[m.id] ?? 0) } + [kr(byHost.differences[m.id] ?? 0)]
        }
        let footer =
            [text(.total), n.format(population, decimals: 0), n.percent(100, decimals: 0)]
            + byHost.hosts.map { kr($0.budget) } + [kr(byHost.difference)]
        return [
            .paragraph(sentences.joined(separator: " ")),
            .table(
                Table(
                    caption: text(.hostTableCaption),
                    columns: leading + byHost.hosts.map { .init(text(.withHost(host: name($0.municipality))), .trailing) }
                        + [.init(text(.difference), .trailing)],
                    rows: rows, footer: [footer])),
        ]
    }
}
