public import Vertsval

/// The document for `vertsval share`: how each service's budget is shared, and (for a
/// portfolio with hosts) each municipality's net position.
public struct ShareReport: Sendable {
    /// The sharing reported on.
    public let sharing: CostSharing
    /// The language written in.
    public let language: Language

    /// The report on `sharing`, computed once by the caller.
    public init(_ sharing: CostSharing, language: Language) {
        self.sharing = sharing
        self.language = language
    }

    /// The report for one case's service.
    public init(case loaded: LoadedCase, language: Language) {
        self.init(CostSharing(case: loaded), language: language)
    }

    /// The report for a portfolio, with net positions for `hosts`.
    public init(portfolio: Portfolio, hosts: [PortfolioService.ID: Municipality.ID], language: Language) {
        self.init(CostSharing(portfolio: portfolio, hosts: hosts), language: language)
    }

    /// The JSON form.
    public func json() -> ShareJSON {
        ShareJSON(sharing)
    }

    /// `key` in the language written in.
    private func text(_ key: CostSharingReportText) -> String { key.text(in: language) }
    /// The shared `key` in the language written in.
    private func text(_ key: ReportText) -> String { key.text(in: language) }

    /// The document.
    public func document() -> Document {
        let n = NumberFormat(language)
        let title = sharing.title.text(language)
        var blocks: [Block] = sharing.keys.map { .paragraph(CostSharingReport.keySentence($0, language: language)) }
        let missingKey = sharing.itemsWithoutKey.map { $0.name.text(language) }
        if !missingKey.isEmpty {
            blocks.append(
                .note(
                    Note(
                        kind: .important, label: text(.note),
                        text: text(.noCostKey(services: missingKey)))))
        }
        let municipalities = sharing.region.municipalities
        // Each service's amounts add up to its budget as shown, each municipality's total is
        // the sum of its shown amounts, and the shares add up to 100 %.
        let shownAmounts = sharing.items.compactMap { item -> (item: CostSharing.Item, amounts: [Double])? in
            guard item.budget != nil else { return nil }
            return (item, ShownRounding.apportioned(municipalities.map { item.amounts[$0.id] ?? 0 }, decimals: 0))
        }
        let rows = shownAmounts.map { entry -> [String] in
            [entry.item.name.text(language), n.format(entry.item.budget ?? 0, decimals: 0)] + entry.amounts.map { n.format($0, decimals: 0) }
        }
        let shownTotals = municipalities.indices.map { index in shownAmounts.reduce(0) { $0 + $1.amounts[index] } }
        let shownShares = ShownRounding.apportioned(municipalities.map { 100 * (sharing.shares[$0.id] ?? 0) }, decimals: 1)
        if let byHost = sharing.byHost, let item = sharing.items.first {
            blocks += CostSharingReport.hostBlocks(
                byHost, shares: item.shares, region: sharing.region, language: language)
        } else if rows.isEmpty {
            blocks.append(.paragraph(text(.noBudget)))
        } else {
            blocks.append(
                .table(
                    Table(
                        caption: text(.costPerMunicipalityCaption),
                        columns: [
                            .init(text(.service)),
                            .init(text(.budget), .trailing),
                        ]
                            + municipalities.map { .init($0.name, .trailing) },
                        rows: rows,
                        footer: [
                            [text(.total), n.format(sharing.total, decimals: 0)] + shownTotals.map { n.format($0, decimals: 0) },
                            [text(.share), ""] + shownShares.map { n.percent($0, decimals: 1) },
                        ])))
        }
        if sharing.positions != nil {
            blocks.append(.heading(text(.jobsAgainstCost), level: 1))
            blocks += CostSharingReport(sharing, language: language).blocks().filter {
                if case .paragraph = $0 { return false }
                return true
            }
        }
        return Document(
            title: title, subtitle: text(.costSharing), language: language,
            runningHeader: [title], blocks: blocks)
    }
}
