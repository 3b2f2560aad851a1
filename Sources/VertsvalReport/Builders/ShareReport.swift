public import Vertsval

/// The document for `vertsval share`: how each service's budget is shared, and (for a
/// portfolio with hosts) each municipality's net position.
public struct ShareReport: Sendable {
    /// The services' names, budgets and keys.
    public struct Item: Sendable {
        public var id: String
        public var name: LocalizedText
        public var budget: Double?
        public var key: CostKey?

        public init(id: String, name: LocalizedText, budget: Double?, key: CostKey?) {
            self.id = id
            self.name = name
            self.budget = budget
            self.key = key
        }
    }

    let title: String
    let region: Region
    let items: [Item]
    let positions: CostSharingReport?
    let language: Language

    /// The JSON form.
    public func json() -> ShareJSON {
        ShareJSON(
            items: items, region: region,
            positions: positions.map { NetPosition.positions($0.portfolio, hosts: $0.hosts) } ?? [])
    }

    /// The report for one case's service.
    public init(case loaded: LoadedCase, language: Language) {
        let c = loaded.case
        title = c.title.text(language)
        region = loaded.region
        items = [Item(id: c.id, name: c.service.name, budget: c.service.budget, key: c.costKey ?? loaded.region.costKey)]
        positions = nil
        self.language = language
    }

    /// The report for a portfolio, with net positions for `hosts`.
    public init(portfolio: Portfolio, hosts: [String: String], language: Language) {
        title = portfolio.title.text(language)
        region = portfolio.region
        items = portfolio.services.map { Item(id: $0.id, name: $0.name, budget: $0.budget, key: portfolio.costKey(for: $0)) }
        positions = CostSharingReport(portfolio: portfolio, hosts: hosts, language: language)
        self.language = language
    }

    /// The document.
    public func document() -> Document {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        var blocks: [Block] = []
        var keys: [CostKey] = []
        for key in items.compactMap(\.key) where !keys.contains(key) { keys.append(key) }
        for key in keys {
            blocks.append(.paragraph(CostSharingReport.keySentence(key, language: language)))
        }
        let missingKey = items.filter { $0.budget != nil && $0.key == nil }.map { $0.name.text(language) }
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
        let municipalities = region.municipalities
        var rows: [[String]] = []
        var totals = [Double](repeating: 0, count: municipalities.count)
        var grand = 0.0
        for item in items {
            guard let budget = item.budget else { continue }
            let amounts = CostSharing.amounts(of: budget, key: item.key ?? CostKey(equalShare: 0), region: region)
            var row = [item.name.text(language), n.format(budget, decimals: 0)]
            for (index, municipality) in municipalities.enumerated() {
                let amount = amounts[municipality.id] ?? 0
                totals[index] += amount
                row.append(n.format(amount, decimals: 0))
            }
            grand += budget
            rows.append(row)
        }
        if rows.isEmpty {
            blocks.append(
                .paragraph(
                    t.pick(
                        nn: "Ingen av tenestene har budsjett («budget:»), så det er ingenting å dele.",
                        nb: "Ingen av tjenestene har budsjett («budget:»), så det er ingenting å dele.",
                        en: "None of the services has a budget ('budget:'), so there is nothing to share.")))
        } else {
            let shares = municipalities.indices.map { grand > 0 ? totals[$0] / grand : 0 }
            blocks.append(
                .table(
                    Table(
                        caption: t.pick(nn: "Kostnad per kommune (kr per år)", nb: "Kostnad per kommune (kr per år)", en: "Cost per municipality (NOK per year)"),
                        columns: [.init(t.pick(nn: "Teneste", nb: "Tjeneste", en: "Service")), .init(t.pick(nn: "Budsjett", nb: "Budsjett", en: "Budget"), .trailing)]
                            + municipalities.map { .init($0.name, .trailing) },
                        rows: rows,
                        footer: [
                            [t.pick(nn: "Sum", nb: "Sum", en: "Total"), n.format(grand, decimals: 0)] + totals.map { n.format($0, decimals: 0) },
                            [t.pick(nn: "Del", nb: "Andel", en: "Share"), ""] + shares.map { n.percent(100 * $0, decimals: 1) },
                        ])))
        }
        if let positions {
            blocks.append(.heading(t.pick(nn: "Arbeidsplassar mot kostnad", nb: "Arbeidsplasser mot kostnad", en: "Jobs against cost"), level: 1))
            blocks += positions.blocks().filter {
                if case .paragraph = $0 { return false }
                return true
            }
        }
        return Document(
            title: title, subtitle: t.pick(nn: "Kostnadsdeling", nb: "Kostnadsdeling", en: "Cost sharing"), language: language,
            runningHeader: [title], blocks: blocks)
    }
}
