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

    /// The document.
    public func document() -> Document {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        let title = sharing.title.text(language)
        var blocks: [Block] = sharing.keys.map { .paragraph(CostSharingReport.keySentence($0, language: language)) }
        let missingKey = sharing.itemsWithoutKey.map { $0.name.text(language) }
        if !missingKey.isEmpty {
            blocks.append(
                .note(
                    Note(
                        kind: .important, label: t.pick(nn: "Merk", nb: "Merk", en: "Note"),
                        text: t.pick(
                            nn: "Ingen kostnadsnøkkel er gjeven for \(t.list(missingKey)); kostnaden er delt etter folketal åleine.",
                            nb: "Ingen kostnadsnøkkel er gitt for \(t.list(missingKey)); kostnaden er delt etter folketall alene.",
                            en: "No cost key is given for \(t.list(missingKey)); the cost is shared by population alone."))))
        }
        let municipalities = sharing.region.municipalities
        let rows = sharing.items.compactMap { item -> [String]? in
            guard let budget = item.budget else { return nil }
            return [item.name.text(language), n.format(budget, decimals: 0)]
                + municipalities.map { n.format(item.amounts[$0.id] ?? 0, decimals: 0) }
        }
        if rows.isEmpty {
            blocks.append(
                .paragraph(
                    t.pick(
                        nn: "Ingen av tenestene har budsjett («budget:»), så det er ingenting å dele.",
                        nb: "Ingen av tjenestene har budsjett («budget:»), så det er ingenting å dele.",
                        en: "None of the services has a budget ('budget:'), so there is nothing to share.")))
        } else {
            blocks.append(
                .table(
                    Table(
                        caption: t.pick(
                            nn: "Kostnad per kommune (kr per år)", nb: "Kostnad per kommune (kr per år)", en: "Cost per municipality (NOK per year)"),
                        columns: [
                            .init(t.pick(nn: "Teneste", nb: "Tjeneste", en: "Service")),
                            .init(t.pick(nn: "Budsjett", nb: "Budsjett", en: "Budget"), .trailing),
                        ]
                            + municipalities.map { .init($0.name, .trailing) },
                        rows: rows,
                        footer: [
                            [t.pick(nn: "Sum", nb: "Sum", en: "Total"), n.format(sharing.total, decimals: 0)]
                                + municipalities.map { n.format(sharing.totals[$0.id] ?? 0, decimals: 0) },
                            [t.pick(nn: "Del", nb: "Andel", en: "Share"), ""]
                                + municipalities.map { n.percent(100 * (sharing.shares[$0.id] ?? 0), decimals: 1) },
                        ])))
        }
        if sharing.positions != nil {
            blocks.append(.heading(t.pick(nn: "Arbeidsplassar mot kostnad", nb: "Arbeidsplasser mot kostnad", en: "Jobs against cost"), level: 1))
            blocks += CostSharingReport(sharing, language: language).blocks().filter {
                if case .paragraph = $0 { return false }
                return true
            }
        }
        return Document(
            title: title, subtitle: t.pick(nn: "Kostnadsdeling", nb: "Kostnadsdeling", en: "Cost sharing"), language: language,
            runningHeader: [title], blocks: blocks)
    }
}
