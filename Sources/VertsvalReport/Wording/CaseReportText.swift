internal import Vertsval

/// The wording of the case report (`CaseReport`, its full-report parts and `CaseCharts`):
/// headings, table captions and columns, chart titles and descriptions, in nn, nb and en.
enum CaseReportText: Equatable {
    case whyFirst(leader: String)
    case whatWouldChange(runnerUp: String)
    case computedCriteria
    case declaredInterests
    case weights
    case assessedAgainstPrefix
    case meetingOfPrefix
    case meetingPrefix
    case caseNumberPrefix
    case excluded
    case first
    case rankingCaption
    case rank
    case totalValue
    case remark
    case template
    case weight
    case differenceExplained(leader: String, runnerUp: String)
    case contributionCaption
    case scoreCaption
    case levelPrefix
    case levelOf(level: Int, top: Int)
    case scaleCaption
    case levelColumn
    case meaningColumn
    case sourcePrefix
    case assessorsPrefix
    case rationaleCaption
    case score
    case rationale
    case never
    case none
    case computedMark
    case leaderAfter(name: String)
    case swapCaption
    case swapAt
    case scoreThatReverses
    case changed
    case weightCaption
    case templatePrefix
    case versionPrefix
    case draft
    case reconstruction
    case decisionPrefix
    case points
    case rankFigure(Int)
    case robustness
    case drawsWithFirst(leader: String)
    case margin
    case of100
    case budgetSentence(budget: String, year: String)
    case budgetShareCaption
    case nokPerYear
    case contributionChartTitle
    case contributionChartDescription(totals: [String])
    case pointsOf100
    case marginChartTitle(leader: String, runnerUp: String)
    case marginChartDescription(leader: String, runnerUp: String, margin: String)
    case firstOverStretch(leader: String, from: String, to: String)
    case sensitivityChartTitle(criterion: String)
    case oneLinePerMunicipality
    case totalValueAxis
    case weightAxis(criterion: String)
    case nowPrefix

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .whyFirst(leader): return t.pick(nn: "Kvifor \(leader) er først", nb: "Hvorfor \(leader) er først", en: "Why \(leader) is first")
        case let .whatWouldChange(runnerUp):
            return t.pick(
                nn: "Kva som må til for at \(runnerUp) blir først",
                nb: "Hva som skal til for at \(runnerUp) blir først",
                en: "What it would take for \(runnerUp) to be first")
        case .computedCriteria: return t.pick(nn: "Utrekna kriterium", nb: "Utregnede kriterier", en: "Computed criteria")
        case .declaredInterests: return t.pick(nn: "Erklærte interesser", nb: "Erklærte interesser", en: "Declared interests")
        case .weights: return t.pick(nn: "Vekter", nb: "Vekter", en: "Weights")
        case .assessedAgainstPrefix: return t.pick(nn: "Vurdering etter ", nb: "Vurdering etter ", en: "Assessment against ")
        case .meetingOfPrefix: return t.pick(nn: "møte ", nb: "møte ", en: "meeting of ")
        case .meetingPrefix: return t.pick(nn: "Møte ", nb: "Møte ", en: "Meeting ")
        case .caseNumberPrefix: return t.pick(nn: "sak ", nb: "sak ", en: "case ")
        case .excluded: return t.pick(nn: "utelukka", nb: "utelukket", en: "excluded")
        case .first: return t.pick(nn: "først", nb: "først", en: "first")
        case .rankingCaption: return t.pick(nn: "Rangering (totalverdi 0–100)", nb: "Rangering (totalverdi 0–100)", en: "Ranking (total value 0–100)")
        case .rank: return t.pick(nn: "Rang", nb: "Rang", en: "Rank")
        case .totalValue: return t.pick(nn: "Totalverdi", nb: "Totalverdi", en: "Total")
        case .remark: return t.pick(nn: "Merknad", nb: "Merknad", en: "Remark")
        case .template: return t.pick(nn: "Malen", nb: "Malen", en: "Template")
        case .weight: return t.pick(nn: "Vekt", nb: "Vekt", en: "Weight")
        case let .differenceExplained(leader, runnerUp):
            return t.pick(
                nn: " Skilnad = \(leader) minus \(runnerUp).",
                nb: " Forskjell = \(leader) minus \(runnerUp).",
                en: " Difference = \(leader) minus \(runnerUp).")
        case .contributionCaption:
            return t.pick(
                nn: "Bidrag per kriterium (poeng av 100 = vekt × verdi).",
                nb: "Bidrag per kriterium (poeng av 100 = vekt × verdi).",
                en: "Contribution per criterion (points of 100 = weight × value).")
        case .scoreCaption:
            return t.pick(
                nn: "Skår og verdi (0–100) per kriterium. Nivå er skalaen i malen; tal med eining er målte eller utrekna verdiar.",
                nb: "Skår og verdi (0–100) per kriterium. Nivå er skalaen i malen; tall med enhet er målte eller utregnede verdier.",
                en: "Score and value (0–100) per criterion. Levels are the template's scale; numbers with a unit are measured or computed.")
        case .levelPrefix: return t.pick(nn: "nivå ", nb: "nivå ", en: "level ")
        case let .levelOf(level, top): return t.pick(nn: "nivå \(level) av \(top)", nb: "nivå \(level) av \(top)", en: "level \(level) of \(top)")
        case .scaleCaption:
            return t.pick(
                nn: "Kva nivåa tyder: ordlyden i vurderingsmalen for dei nivåa som er brukte i saka (skår, låg og høg).",
                nb: "Hva nivåene betyr: ordlyden i vurderingsmalen for de nivåene som er brukt i saken (skår, lav og høy).",
                en: "What the levels mean: the template's wording for the levels used in the case (score, low and high).")
        case .levelColumn: return t.pick(nn: "Nivå", nb: "Nivå", en: "Level")
        case .meaningColumn: return t.pick(nn: "Tyder", nb: "Betyr", en: "Means")
        case .sourcePrefix: return t.pick(nn: "Kjelde: ", nb: "Kilde: ", en: "Source: ")
        case .assessorsPrefix: return t.pick(nn: "Vurderarane: ", nb: "Vurdererne: ", en: "Assessors: ")
        case .rationaleCaption:
            return t.pick(
                nn: "Skår og grunngjeving per kriterium og kommune. Dei utrekna kriteria står under «Utrekna kriterium».",
                nb: "Skår og begrunnelse per kriterium og kommune. De utregnede kriteriene står under «Utregnede kriterier».",
                en: "Score and rationale per criterion and municipality. The computed criteria are under 'Computed criteria'.")
        case .score: return t.pick(nn: "Skår", nb: "Skår", en: "Score")
        case .rationale: return t.pick(nn: "Grunngjeving", nb: "Begrunnelse", en: "Rationale")
        case .never: return t.pick(nn: "aldri", nb: "aldri", en: "never")
        case .none: return t.pick(nn: "ingen", nb: "ingen", en: "none")
        case .computedMark: return t.pick(nn: "(utrekna)", nb: "(utregnet)", en: "(computed)")
        case let .leaderAfter(name): return t.pick(nn: "(då er \(name) først)", nb: "(da er \(name) først)", en: "(then \(name) is first)")
        case .swapCaption:
            return t.pick(
                nn:
                    "For kvart kriterium: vekta der dei to byter plass (dei andre vektene skalerte tilsvarande), og den minste endringa av éin skår som snur rekkjefølgja.",
                nb:
                    "For hvert kriterium: vekten der de to bytter plass (de andre vektene skalert tilsvarende), og den minste endringen av én skår som snur rekkefølgen.",
                en:
                    "For each criterion: the weight at which the two swap places (other weights rescaled in proportion), and the smallest change of one score that reverses the order."
            )
        case .swapAt: return t.pick(nn: "Byter ved", nb: "Bytter ved", en: "Swap at")
        case .scoreThatReverses: return t.pick(nn: "Skår som snur", nb: "Skår som snur", en: "Score that reverses")
        case .changed: return t.pick(nn: "endra", nb: "endret", en: "changed")
        case .weightCaption:
            return t.pick(
                nn: "Vekter i malen og vekter brukte",
                nb: "Vekter i malen og vekter brukt",
                en: "Template weights and weights used")
        case .templatePrefix: return t.pick(nn: "Vurderingsmal: ", nb: "Vurderingsmal: ", en: "Evaluation template: ")
        case .versionPrefix: return t.pick(nn: "versjon ", nb: "versjon ", en: "version ")
        case .draft: return t.pick(nn: "utkast", nb: "utkast", en: "draft")
        case .reconstruction:
            return t.pick(
                nn: "rekonstruksjon, ikkje vedteken ordlyd",
                nb: "rekonstruksjon, ikke vedtatt ordlyd",
                en: "reconstruction, not the adopted wording")
        case .decisionPrefix: return t.pick(nn: "Vedtak: ", nb: "Vedtak: ", en: "Decision: ")
        case .points: return t.pick(nn: "poeng", nb: "poeng", en: "points")
        case let .rankFigure(rank): return t.pick(nn: "rang \(rank)", nb: "rang \(rank)", en: "rank \(rank)")
        case .robustness: return t.pick(nn: "Robustheit", nb: "Robusthet", en: "Robustness")
        case let .drawsWithFirst(leader):
            return t.pick(
                nn: "av trekningane har \(leader) først",
                nb: "av trekningene har \(leader) først",
                en: "of draws put \(leader) first")
        case .margin: return t.pick(nn: "Skilnad", nb: "Forskjell", en: "Margin")
        case .of100: return t.pick(nn: "av 100", nb: "av 100", en: "of 100")
        case let .budgetSentence(budget, year):
            return t.pick(
                nn: "Budsjettet for tenesta er \(budget) kr\(year), uavhengig av kven som blir vertskommune.",
                nb: "Budsjettet for tjenesten er \(budget) kr\(year), uavhengig av hvem som blir vertskommune.",
                en: "The service's budget is NOK \(budget)\(year), whichever municipality hosts it.")
        case .budgetShareCaption:
            return t.pick(
                nn: "Del av budsjettet per kommune",
                nb: "Andel av budsjettet per kommune",
                en: "Share of the budget per municipality")
        case .nokPerYear: return t.pick(nn: "Kr per år", nb: "Kr per år", en: "NOK per year")
        case .contributionChartTitle:
            return t.pick(
                nn: "Bidrag per kriterium til totalverdien",
                nb: "Bidrag per kriterium til totalverdien",
                en: "Contribution of each criterion to the total")
        case let .contributionChartDescription(totals):
            return t.pick(
                nn:
                    "Liggjande stolpar, éin per kommune, delte opp etter kriterium. Totalverdiar: \(t.list(totals)). Tala står i tabellen «Bidrag per kriterium».",
                nb:
                    "Liggende stolper, én per kommune, delt opp etter kriterium. Totalverdier: \(t.list(totals)). Tallene står i tabellen «Bidrag per kriterium».",
                en:
                    "Horizontal bars, one per municipality, split by criterion. Totals: \(t.list(totals)). The numbers are in the table 'Contribution per criterion'."
            )
        case .pointsOf100: return t.pick(nn: "poeng av 100", nb: "poeng av 100", en: "points of 100")
        case let .marginChartTitle(leader, runnerUp):
            return t.pick(
                nn: "Skilnaden mellom \(leader) og \(runnerUp) per kriterium",
                nb: "Forskjellen mellom \(leader) og \(runnerUp) per kriterium",
                en: "The margin between \(leader) and \(runnerUp) by criterion")
        case let .marginChartDescription(leader, runnerUp, margin):
            return t.pick(
                nn: "Stolpar til høgre er i \(leader) sin favør, til venstre i \(runnerUp) sin. Summen er \(margin) poeng.",
                nb: "Stolper til høyre er i \(leader)s favør, til venstre i \(runnerUp)s. Summen er \(margin) poeng.",
                en: "Bars to the right favour \(leader), to the left \(runnerUp). They sum to \(margin) points.")
        case let .firstOverStretch(leader, from, to):
            return t.pick(
                nn: "\(leader) er først frå \(from) til \(to)",
                nb: "\(leader) er først fra \(from) til \(to)",
                en: "\(leader) is first from \(from) to \(to)")
        case let .sensitivityChartTitle(criterion):
            return t.pick(
                nn: "Totalverdi når vekta på «\(criterion)» endrar seg",
                nb: "Totalverdi når vekten på «\(criterion)» endrer seg",
                en: "Total value as the weight of '\(criterion)' changes")
        case .oneLinePerMunicipality:
            return t.pick(
                nn: "Linjer for kvar kommune. ",
                nb: "Linjer for hver kommune. ",
                en: "One line per municipality. ")
        case .totalValueAxis: return t.pick(nn: "totalverdi", nb: "totalverdi", en: "total value")
        case let .weightAxis(criterion):
            return t.pick(
                nn: "vekt på «\(criterion)» (%)",
                nb: "vekt på «\(criterion)» (%)",
                en: "weight of '\(criterion)' (%)")
        case .nowPrefix: return t.pick(nn: "Vekt no: ", nb: "Vekt nå: ", en: "Weight now: ")
        }
    }
}
