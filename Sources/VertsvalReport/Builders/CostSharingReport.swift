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

    /// The blocks: a sentence on the key, and the table of positions.
    public func blocks() -> [Block] {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        let positions = sharing.positions ?? []
        let region = sharing.region
        var blocks: [Block] = []
        if let key = sharing.key {
            blocks.append(.paragraph(Self.keySentence(key, language: language)))
        }
        let rows = positions.map { position -> [String] in
            [
                region.name(of: position.municipality),
                n.format(position.cost, decimals: 0),
                n.percent(100 * position.costShare, decimals: 1),
                n.format(position.hostedFTE, decimals: 1),
                n.percent(100 * position.fteShare, decimals: 1),
                n.signed(position.balance, decimals: 1),
            ]
        }
        let totalCost = sharing.positionsCost
        let totalFTE = sharing.positionsFTE
        blocks.append(
            .table(
                Table(
                    caption: t.pick(
                        nn:
                            "Kostnad og arbeidsplassar per kommune. Kostnaden (kr per år) følgjer kostnadsnøkkelen; «Netto» er del av årsverka minus del av kostnaden, i prosentpoeng.",
                        nb:
                            "Kostnad og arbeidsplasser per kommune. Kostnaden (kr per år) følger kostnadsnøkkelen; «Netto» er andel av årsverkene minus andel av kostnaden, i prosentpoeng.",
                        en:
                            "Cost and jobs per municipality. The cost (NOK per year) follows the cost key; 'Net' is the share of FTE minus the share of cost, in percentage points."
                    ),
                    columns: [
                        .init(t.pick(nn: "Kommune", nb: "Kommune", en: "Municipality")),
                        .init(t.pick(nn: "Kostnad", nb: "Kostnad", en: "Cost"), .trailing),
                        .init(t.pick(nn: "Del", nb: "Andel", en: "Share"), .trailing),
                        .init(t.pick(nn: "Årsverk", nb: "Årsverk", en: "FTE"), .trailing),
                        .init(t.pick(nn: "Del", nb: "Andel", en: "Share"), .trailing),
                        .init(t.pick(nn: "Netto", nb: "Netto", en: "Net"), .trailing),
                    ],
                    rows: rows,
                    footer: [
                        [
                            t.pick(nn: "Sum", nb: "Sum", en: "Total"), n.format(totalCost, decimals: 0), n.percent(100, decimals: 0),
                            n.format(totalFTE, decimals: 1), n.percent(totalFTE > 0 ? 100 : 0, decimals: 0), "",
                        ]
                    ])))
        return blocks
    }

    /// "Kostnaden blir delt med 25 % likt og 75 % etter folketal (vedteke av …)."
    public static func keySentence(_ key: CostKey, language: Language) -> String {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        let equal = n.percent(100 * key.equalShare, decimals: 0)
        let rest = n.percent(100 * (1 - key.equalShare), decimals: 0)
        let basis: String
        switch key.basis {
        case .population: basis = t.pick(nn: "etter folketal", nb: "etter folketall", en: "by population")
        case let .custom(name, _): basis = t.pick(nn: "etter ", nb: "etter ", en: "by ") + name.text(language)
        }
        var text = t.pick(
            nn: "Kostnaden blir delt med \(equal) likt mellom kommunane og \(rest) \(basis)",
            nb: "Kostnaden blir delt med \(equal) likt mellom kommunene og \(rest) \(basis)",
            en: "The cost is shared \(equal) equally between the municipalities and \(rest) \(basis)")
        if let adoption = key.adoption {
            text += " (" + adoption.body.text(language)
            if let date = adoption.date { text += ", " + DateFormat(language).long(date) }
            text += ")"
        }
        return text + "."
    }
}
