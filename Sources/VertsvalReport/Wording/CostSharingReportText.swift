internal import Vertsval

/// The wording of cost sharing (`CostSharingReport` and `ShareReport`): the sentence on the
/// cost key, the captions and columns of the tables, and the notes, in nn, nb and en.
enum CostSharingReportText: Equatable {
    case positionsCaption
    case net
    case byPopulation
    case byPrefix
    case keySentence(equal: String, rest: String, basis: String)
    case noCostKey(services: [String])
    case noBudget
    case costPerMunicipalityCaption
    case budget
    case jobsAgainstCost

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .positionsCaption:
            return t.pick(
                nn:
                    "Kostnad og arbeidsplassar per kommune. Kostnaden (kr per år) følgjer kostnadsnøkkelen; «Netto» er del av årsverka minus del av kostnaden, i prosentpoeng.",
                nb:
                    "Kostnad og arbeidsplasser per kommune. Kostnaden (kr per år) følger kostnadsnøkkelen; «Netto» er andel av årsverkene minus andel av kostnaden, i prosentpoeng.",
                en:
                    "Cost and jobs per municipality. The cost (NOK per year) follows the cost key; 'Net' is the share of FTE minus the share of cost, in percentage points."
            )
        case .net: return t.pick(nn: "Netto", nb: "Netto", en: "Net")
        case .byPopulation: return t.pick(nn: "etter folketal", nb: "etter folketall", en: "by population")
        case .byPrefix: return t.pick(nn: "etter ", nb: "etter ", en: "by ")
        case let .keySentence(equal, rest, basis):
            return t.pick(
                nn: "Kostnaden blir delt med \(equal) likt mellom kommunane og \(rest) \(basis)",
                nb: "Kostnaden blir delt med \(equal) likt mellom kommunene og \(rest) \(basis)",
                en: "The cost is shared \(equal) equally between the municipalities and \(rest) \(basis)")
        case let .noCostKey(services):
            return t.pick(
                nn: "Ingen kostnadsnøkkel er gjeven for \(t.list(services)); kostnaden er delt etter folketal åleine.",
                nb: "Ingen kostnadsnøkkel er gitt for \(t.list(services)); kostnaden er delt etter folketall alene.",
                en: "No cost key is given for \(t.list(services)); the cost is shared by population alone.")
        case .noBudget:
            return t.pick(
                nn: "Ingen av tenestene har budsjett («budget:»), så det er ingenting å dele.",
                nb: "Ingen av tjenestene har budsjett («budget:»), så det er ingenting å dele.",
                en: "None of the services has a budget ('budget:'), so there is nothing to share.")
        case .costPerMunicipalityCaption:
            return t.pick(
                nn: "Kostnad per kommune (kr per år)",
                nb: "Kostnad per kommune (kr per år)",
                en: "Cost per municipality (NOK per year)")
        case .budget: return t.pick(nn: "Budsjett", nb: "Budsjett", en: "Budget")
        case .jobsAgainstCost: return t.pick(nn: "Arbeidsplassar mot kostnad", nb: "Arbeidsplasser mot kostnad", en: "Jobs against cost")
        }
    }
}
