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
    case overheadSentence(base: String, year: String, criterion: String, overheads: String)
    case overheadAt(percent: String, host: String)
    case hostDifference(dearest: String, dearestBudget: String, difference: String, cheapest: String, cheapestBudget: String)
    case cheapestOf(host: String)
    case differenceRange(lowest: String, lowestName: String, highest: String, highestName: String)
    case sameBudget(budget: String)
    case withHost(host: String)
    case hostTableCaption
    case sameBudgetCaption

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
        case let .overheadSentence(base, year, criterion, overheads):
            return t.pick(
                nn:
                    "Budsjettet følgjer vertskommunen: grunnbudsjettet på \(base) kr\(year) får påslaget til vertskommunen på kriteriet «\(criterion)», \(overheads).",
                nb:
                    "Budsjettet følger vertskommunen: grunnbudsjettet på \(base) kr\(year) får påslaget til vertskommunen på kriteriet «\(criterion)», \(overheads).",
                en:
                    "The budget follows the host: the base budget of NOK \(base)\(year) gets the host's overhead on the criterion '\(criterion)', \(overheads)."
            )
        case let .overheadAt(percent, host):
            return t.pick(nn: "\(percent) med \(host)", nb: "\(percent) med \(host)", en: "\(percent) with \(host)")
        case let .hostDifference(dearest, dearestBudget, difference, cheapest, cheapestBudget):
            return t.pick(
                nn:
                    "Med \(dearest) som vertskommune kostar tenesta \(dearestBudget) kr i året, \(difference) kr meir enn med \(cheapest) (\(cheapestBudget) kr).",
                nb:
                    "Med \(dearest) som vertskommune koster tjenesten \(dearestBudget) kr i året, \(difference) kr mer enn med \(cheapest) (\(cheapestBudget) kr).",
                en:
                    "With \(dearest) as host the service costs NOK \(dearestBudget) a year, NOK \(difference) more than with \(cheapest) (NOK \(cheapestBudget))."
            )
        case let .cheapestOf(host):
            return t.pick(nn: "\(host), den billegaste", nb: "\(host), den billigste", en: "\(host), the cheapest")
        case let .differenceRange(lowest, lowestName, highest, highestName):
            return t.pick(
                nn: "Skilnaden blir delt etter kostnadsnøkkelen: frå \(lowest) kr i året for \(lowestName) til \(highest) kr for \(highestName).",
                nb: "Forskjellen blir delt etter kostnadsnøkkelen: fra \(lowest) kr i året for \(lowestName) til \(highest) kr for \(highestName).",
                en: "The difference is shared by the cost key: from NOK \(lowest) a year for \(lowestName) to NOK \(highest) for \(highestName).")
        case let .sameBudget(budget):
            return t.pick(
                nn: "Påslaget er det same med alle kandidatane, så tenesta kostar \(budget) kr i året same kven som blir vertskommune.",
                nb: "Påslaget er det samme med alle kandidatene, så tjenesten koster \(budget) kr i året uansett hvem som blir vertskommune.",
                en: "The overhead is the same with every candidate, so the service costs NOK \(budget) a year whichever municipality hosts it.")
        case let .withHost(host):
            return t.pick(nn: "Med \(host)", nb: "Med \(host)", en: "With \(host)")
        case .hostTableCaption:
            return t.pick(
                nn: "Kostnad per kommune med kvar kandidat som vertskommune (kr per år)",
                nb: "Kostnad per kommune med hver kandidat som vertskommune (kr per år)",
                en: "Cost per municipality with each candidate as host (NOK per year)")
        case .sameBudgetCaption:
            return t.pick(
                nn: "Kostnad per kommune (kr per år), med påslaget til vertskommunen",
                nb: "Kostnad per kommune (kr per år), med påslaget til vertskommunen",
                en: "Cost per municipality (NOK per year), with the host's overhead")
        }
    }
}
