public import Vertsval

/// The cost-sharing part of a report: the key, each municipality's cost, and its net
/// position (jobs hosted against cost paid).
public struct CostSharingReport: Sendable {
    /// The sharing reported on, with its net positions.
    public let sharing: CostSharing
    /// The language written in.
    public let language: Language

    /// The part for `sharing`, computed once by the caller.
    public init(_ sharing: CostSharing, language: Language) {
        self.sharing = sharing
        self.language = language
    }

    /// The part for `portfolio` with `hosts` (host per service; services without one add
    /// no jobs).
    public init(portfolio: Portfolio, hosts: [PortfolioService.ID: Municipality.ID], language: Language) {
        self.init(CostSharing(portfolio: portfolio, hosts: hosts), language: language)
    }

    /// `key` in the language written in.
    private func text(_ key: CostSharingReportText) -> String { key.text(in: language) }
    /// The shared `key` in the language written in.
    private func text(_ key: ReportText) -> String { key.text(in: language) }

    /// The blocks: a sentence on the key, and the table of positions.
    public func blocks() -> [Block] {
        let n = NumberFormat(language)
        let positions = sharing.positions ?? []
        let region = sharing.region
        var blocks: [Block] = []
        if let key = sharing.key {
            blocks.append(.paragraph(Self.keySentence(key, language: language)))
        }
        // Rounded so that the shown figures add up: costs to the total, shares to 100 %,
        // and «Netto» is the difference of the two shown shares.
        let costs = ShownRounding.apportioned(positions.map(\.cost), decimals: 0)
        let costShares = ShownRounding.apportioned(positions.map { 100 * $0.costShare }, decimals: 1)
        let ftes = ShownRounding.apportioned(positions.map(\.hostedFTE), decimals: 1)
        let fteShares = ShownRounding.apportioned(positions.map { 100 * $0.fteShare }, decimals: 1)
        let rows = positions.indices.map { index -> [String] in
            [
                region.name(of: positions[index].municipality),
                n.format(costs[index], decimals: 0),
                n.percent(costShares[index], decimals: 1),
                n.format(ftes[index], decimals: 1),
                n.percent(fteShares[index], decimals: 1),
                n.signed(ShownRounding.rounded(fteShares[index] - costShares[index], decimals: 1), decimals: 1),
            ]
        }
        let totalCost = sharing.positionsCost
        let totalFTE = sharing.positionsFTE
        blocks.append(
            .table(
                Table(
                    caption: text(.positionsCaption),
                    columns: [
                        .init(text(.municipality)),
                        .init(text(.cost), .trailing),
                        .init(text(.share), .trailing),
                        .init(text(.fte), .trailing),
                        .init(text(.share), .trailing),
                        .init(text(.net), .trailing),
                    ],
                    rows: rows,
                    footer: [
                        [
                            text(.total), n.format(totalCost, decimals: 0), n.percent(100, decimals: 0),
                            n.format(totalFTE, decimals: 1), n.percent(totalFTE > 0 ? 100 : 0, decimals: 0), "",
                        ]
                    ])))
        return blocks
    }

    /// "Kostnaden blir delt med 25 % likt og 75 % etter folketal (vedteke av …)."
    public static func keySentence(_ key: CostKey, language: Language) -> String {
        let n = NumberFormat(language)
        let equal = n.percent(100 * key.equalShare, decimals: 0)
        let rest = n.percent(100 * (1 - key.equalShare), decimals: 0)
        let basis: String
        switch key.basis {
        case .population: basis = CostSharingReportText.byPopulation.text(in: language)
        case let .custom(name, _): basis = CostSharingReportText.byPrefix.text(in: language) + name.text(language)
        }
        var text = CostSharingReportText.keySentence(equal: equal, rest: rest, basis: basis).text(in: language)
        if let adoption = key.adoption {
            text += " (" + adoption.body.text(language)
            if let date = adoption.date { text += ", " + DateFormat(language).long(date) }
            text += ")"
        }
        return text + "."
    }
}
