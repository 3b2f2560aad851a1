internal import Vertsval

/// The wording of the portfolio report (`PortfolioReport`, `PortfolioCharts` and
/// `RobustAssignmentReport`): headings, table captions and columns, chart titles, and the
/// sentences on the robust assignment, in nn, nb and en.
enum PortfolioReportText: Equatable {
    case rulesConflict
    case smallestChange
    case bindingRules
    case displaced
    case alternatives
    case regionPrefix
    case decidedMark
    case assignmentCaption
    case host
    case value
    case runnerUp
    case balanceCaption
    case target
    case band
    case services
    case balanceChartTitle
    case balanceChartDescriptionPrefix
    case costChartTitle
    case costChartDescriptionPrefix
    case robustDraws(samples: String, seed: UInt64)
    case everyServiceKept(share: String)
    case contested(service: String, host: String, kept: String, others: [String])
    case infeasibleDraws(count: Int)
    case fixedValues
    case robustAssignmentHeading
    case keptCaption
    case kept
    case rulesHeading
    case rulesCaption(sameAsBindingSection: Bool)
    case bound
    case inAssignment
    case binds
    case balanceBandOf(municipality: String)
    case fteBoundsOf(municipality: String)
    case serviceCountOf(municipality: String)
    case decidedHostOf(service: String)
    case sameHost
    case differentHosts
    case bothAt(host: String)
    case lowerEdge
    case upperEdge
    case bindsGain(gain: String)
    case bindsEdgeGain(edge: String, gain: String)
    case bindsWithOthers
    case atBound
    case untested
    case untestedAtBound
    case switchedOff
    case decided
    case heldBy(mark: String, service: String, runnerUp: String, host: String, rules: String, single: Bool)
    case heldByTogether(mark: String, service: String, runnerUp: String, host: String, rules: String)
    case heldBySum(mark: String, service: String, runnerUp: String, host: String)
    case heldUnexplained(mark: String, service: String, runnerUp: String, host: String)
    case foundAndProven(objective: String, found: String, proven: String)
    case foundNotProven(objective: String, found: String, stopped: String)
    case explanationTime(solves: String, seconds: String)
    case solveTimesClock

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .foundAndProven(objective, found, proven):
            return t.pick(
                nn: "Tid: fordelinga med \(objective) poeng samla vart funnen etter \(found) s og prova optimal etter \(proven) s.",
                nb: "Tid: fordelingen med \(objective) poeng samlet ble funnet etter \(found) s og bevist optimal etter \(proven) s.",
                en: "Time: the assignment with \(objective) points in all was found after \(found) s and proven optimal after \(proven) s.")
        case let .foundNotProven(objective, found, stopped):
            return t.pick(
                nn:
                    "Tid: fordelinga med \(objective) poeng samla vart funnen etter \(found) s; løysinga stoppa etter \(stopped) s utan at ho var prova optimal.",
                nb:
                    "Tid: fordelingen med \(objective) poeng samlet ble funnet etter \(found) s; løsningen stoppet etter \(stopped) s uten at den var bevist optimal.",
                en:
                    "Time: the assignment with \(objective) points in all was found after \(found) s; the solve stopped after \(stopped) s without proving it optimal."
            )
        case let .explanationTime(solves, seconds):
            return t.pick(
                nn: "Forklaringa løyste modellen \(solves) gonger til, med ein regel teken bort eller flytta, og tok \(seconds) s.",
                nb: "Forklaringen løste modellen \(solves) ganger til, med en regel tatt bort eller flyttet, og tok \(seconds) s.",
                en: "The explanation solved the model \(solves) more times, with a rule taken out or moved, and took \(seconds) s.")
        case .solveTimesClock:
            return t.pick(
                nn: "Klokketid frå optimeringa starta (innlesing av filene ikkje med); ho varierer frå køyring til køyring.",
                nb: "Klokketid fra optimeringen startet (innlesing av filene ikke med); den varierer fra kjøring til kjøring.",
                en: "Wall-clock time from the start of the optimisation (reading the files not included); it varies from run to run.")
        case .rulesConflict:
            return t.pick(
                nn: "Reglane kan ikkje haldast samstundes",
                nb: "Reglene kan ikke holdes samtidig",
                en: "The rules cannot all hold")
        case .smallestChange:
            return t.pick(
                nn: "Den minste endringa som gjer reglane mogleg å halde samstundes:",
                nb: "Den minste endringen som gjør reglene mulig å holde samtidig:",
                en: "The smallest change that lets the rules hold together:")
        case .bindingRules: return t.pick(nn: "Reglar som bind", nb: "Regler som binder", en: "Rules that bind")
        case .displaced:
            return t.pick(
                nn: "Tenester som ikkje får høgast verdi",
                nb: "Tjenester som ikke får høyest verdi",
                en: "Services not at their best-valued host")
        case .alternatives: return t.pick(nn: "Dei nest beste fordelingane", nb: "De nest beste fordelingene", en: "The next-best assignments")
        case .regionPrefix: return t.pick(nn: "Region: ", nb: "Region: ", en: "Region: ")
        case .decidedMark: return t.pick(nn: "(vedteke)", nb: "(vedtatt)", en: "(decided)")
        case .assignmentCaption:
            return t.pick(
                nn:
                    "Fordeling. Verdi 0–100 for å leggje tenesta til vertskommunen; «Nest best» er den andre kommunen med høgast verdi, og skilnaden er verdi minus verdien der.",
                nb:
                    "Fordeling. Verdi 0–100 for å legge tjenesten til vertskommunen; «Nest best» er den andre kommunen med høyest verdi, og forskjellen er verdi minus verdien der.",
                en:
                    "Assignment. Value 0–100 of placing the service at the host; 'Runner-up' is the other municipality with the highest value, and the difference is value minus its value."
            )
        case .host: return t.pick(nn: "Vertskommune", nb: "Vertskommune", en: "Host")
        case .value: return t.pick(nn: "Verdi", nb: "Verdi", en: "Value")
        case .runnerUp: return t.pick(nn: "Nest best", nb: "Nest best", en: "Runner-up")
        case .balanceCaption:
            return t.pick(
                nn:
                    "Balanse, rekna i årsverk: årsverka kvar kommune er vert for etter tildelinga og delen av alle årsverka, mot målet (delen av folketalet av alle årsverka) og bandet reglane tillèt.",
                nb:
                    "Balanse, regnet i årsverk: årsverkene hver kommune er vert for etter tildelingen og andelen av alle årsverkene, mot målet (andelen av folketallet av alle årsverkene) og båndet reglene tillater.",
                en:
                    "Balance, counted in FTE: the FTE each municipality hosts after the assignment and its share of all FTE, against its target (its population share of all FTE) and the band the rules allow."
            )
        case .target: return t.pick(nn: "Mål", nb: "Mål", en: "Target")
        case .band: return t.pick(nn: "Band", nb: "Bånd", en: "Band")
        case .services: return t.pick(nn: "Tenester", nb: "Tjenester", en: "Services")
        case .balanceChartTitle:
            return t.pick(
                nn: "Del av årsverka mot del av folketalet",
                nb: "Andel av årsverkene mot andel av folketallet",
                en: "Share of FTE against share of population")
        case .balanceChartDescriptionPrefix:
            return t.pick(
                nn: "Per kommune, årsverk / folketal: ",
                nb: "Per kommune, årsverk / folketall: ",
                en: "Per municipality, FTE / population: ")
        case .costChartTitle:
            return t.pick(
                nn: "Del av kostnaden mot del av arbeidsplassane",
                nb: "Andel av kostnaden mot andel av arbeidsplassene",
                en: "Share of cost against share of jobs")
        case .costChartDescriptionPrefix:
            return t.pick(
                nn: "Per kommune, kostnad / årsverk: ",
                nb: "Per kommune, kostnad / årsverk: ",
                en: "Per municipality, cost / FTE: ")
        case let .robustDraws(samples, seed):
            return t.pick(
                nn:
                    "Vektene i sakene bak verdiane, og skåringane innanfor anslaga sine (låg–høg, eller ulike vurderarar), er trekte \(samples) gonger (frø \(seed)), og fordelinga er løyst på nytt for kvar trekning.",
                nb:
                    "Vektene i sakene bak verdiene, og skåringene innenfor anslagene sine (lav–høy, eller ulike vurderere), er trukket \(samples) ganger (frø \(seed)), og fordelingen er løst på nytt for hver trekning.",
                en:
                    "The weights of the cases behind the values, and the scores within their ranges (low–high, or different assessors), were drawn \(samples) times (seed \(seed)), and the assignment re-solved for each draw."
            )
        case let .everyServiceKept(share):
            return t.pick(
                nn: "Alle tenestene held vertskommunen sin i minst \(share) av trekningane.",
                nb: "Alle tjenestene holder vertskommunen sin i minst \(share) av trekningene.",
                en: "Every service keeps its host in at least \(share) of the draws.")
        case let .contested(service, host, kept, others):
            return t.pick(
                nn: "\(service) er omstridd: ho held \(host) i \(kept) av trekningane; elles \(t.list(others)).",
                nb: "\(service) er omstridt: den holder \(host) i \(kept) av trekningene; ellers \(t.list(others)).",
                en: "\(service) is contested: it keeps \(host) in \(kept) of the draws; otherwise \(t.list(others)).")
        case let .infeasibleDraws(count):
            return t.pick(
                nn: "I \(count) trekningar heldt ingen fordeling reglane.",
                nb: "I \(count) trekninger holdt ingen fordeling reglene.",
                en: "In \(count) draws no assignment kept the rules.")
        case .fixedValues: return t.pick(nn: "faste verdiar", nb: "faste verdier", en: "fixed values")
        case .robustAssignmentHeading:
            return t.pick(
                nn: "Kor robust er fordelinga?",
                nb: "Hvor robust er fordelingen?",
                en: "How robust is the assignment?")
        case .keptCaption:
            return t.pick(
                nn: "Del av trekningane der tenesta held vertskommunen",
                nb: "Andel av trekningene der tjenesten holder vertskommunen",
                en: "Share of draws in which the service keeps its host")
        case .kept: return t.pick(nn: "Held", nb: "Holder", en: "Kept")
        case .rulesHeading: return t.pick(nn: "Reglane som gjeld", nb: "Reglene som gjelder", en: "The rules applied")
        case let .rulesCaption(same):
            return t.pick(
                nn:
                    "Reglane fordelinga er rekna ut under. «Ja» under «Bind»: utan denne regelen åleine ville fordelinga gjeve fleire poeng (talet er kor mange\(same ? "; same reglar som under «Reglar som bind»" : "")). «Saman med andre»: regelen flyttar ei teneste berre saman med andre reglar. «Ved grensa»: fordelinga ligg akkurat på grensa, men regelen åleine endrar ingenting. «Nei»: det er rom.",
                nb:
                    "Reglene fordelingen er regnet ut under. «Ja» under «Binder»: uten denne regelen alene ville fordelingen gitt flere poeng (tallet er hvor mange\(same ? "; samme regler som under «Regler som binder»" : "")). «Sammen med andre»: regelen flytter en tjeneste bare sammen med andre regler. «Ved grensen»: fordelingen ligger akkurat på grensen, men regelen alene endrer ingenting. «Nei»: det er rom.",
                en:
                    "The rules the assignment was computed under. 'Yes' under 'Binds': without this rule alone the assignment would score more points (the figure says how many\(same ? "; the same rules as under 'Rules that bind'" : "")). 'With others': the rule moves a service only together with other rules. 'At the bound': the assignment is exactly at the bound, but the rule alone changes nothing. 'No': there is room."
            )
        case .bound: return t.pick(nn: "Grense", nb: "Grense", en: "Bound")
        case .inAssignment: return t.pick(nn: "I fordelinga", nb: "I fordelingen", en: "In the assignment")
        case .binds: return t.pick(nn: "Bind", nb: "Binder", en: "Binds")
        case let .balanceBandOf(municipality):
            return t.pick(
                nn: "Balanseband for \(municipality), årsverk", nb: "Balansebånd for \(municipality), årsverk",
                en: "Balance band for \(municipality), FTE")
        case let .fteBoundsOf(municipality):
            return t.pick(nn: "Årsverk i \(municipality)", nb: "Årsverk i \(municipality)", en: "FTE in \(municipality)")
        case let .serviceCountOf(municipality):
            return t.pick(nn: "Tal tenester i \(municipality)", nb: "Antall tjenester i \(municipality)", en: "Services in \(municipality)")
        case let .decidedHostOf(service):
            return t.pick(nn: "Vedteken vertskommune: \(service)", nb: "Vedtatt vertskommune: \(service)", en: "Decided host: \(service)")
        case .sameHost: return t.pick(nn: "same vertskommune", nb: "samme vertskommune", en: "the same host")
        case .differentHosts: return t.pick(nn: "ulike vertskommunar", nb: "ulike vertskommuner", en: "different hosts")
        case let .bothAt(host): return t.pick(nn: "begge i \(host)", nb: "begge i \(host)", en: "both in \(host)")
        case .lowerEdge: return t.pick(nn: "nedre grense", nb: "nedre grense", en: "lower bound")
        case .upperEdge: return t.pick(nn: "øvre grense", nb: "øvre grense", en: "upper bound")
        case let .bindsGain(gain): return t.pick(nn: "ja: \(gain) poeng", nb: "ja: \(gain) poeng", en: "yes: \(gain) points")
        case let .bindsEdgeGain(edge, gain):
            return t.pick(nn: "ja, \(edge): \(gain) poeng", nb: "ja, \(edge): \(gain) poeng", en: "yes, \(edge): \(gain) points")
        case .bindsWithOthers: return t.pick(nn: "saman med andre", nb: "sammen med andre", en: "with others")
        case .atBound: return t.pick(nn: "ved grensa", nb: "ved grensen", en: "at the bound")
        case .untested: return t.pick(nn: "ikkje prøvd", nb: "ikke prøvd", en: "not tried")
        case .untestedAtBound: return t.pick(nn: "ved grensa, ikkje prøvd", nb: "ved grensen, ikke prøvd", en: "at the bound, not tried")
        case .switchedOff: return t.pick(nn: "slått av", nb: "slått av", en: "switched off")
        case .decided: return t.pick(nn: "vedteke", nb: "vedtatt", en: "decided")
        case let .heldBy(mark, service, runnerUp, host, rules, single):
            return t.pick(
                nn:
                    "\(mark) \(service): \(runnerUp) har høgare verdi enn \(host), men det er \(rules) som held tenesta i \(host): utan \(single ? "den regelen" : "ein av dei") ville ho fått ein betre plass.",
                nb:
                    "\(mark) \(service): \(runnerUp) har høyere verdi enn \(host), men det er \(rules) som holder tjenesten i \(host): uten \(single ? "den regelen" : "en av dem") ville den fått en bedre plass.",
                en:
                    "\(mark) \(service): \(runnerUp) has a higher value than \(host), but \(rules) keep\(single ? "s" : "") the service in \(host): without \(single ? "that rule" : "any one of them") it would get a better place."
            )
        case let .heldByTogether(mark, service, runnerUp, host, rules):
            return t.pick(
                nn:
                    "\(mark) \(service): \(runnerUp) har høgare verdi enn \(host), men \(rules) held tenesta i \(host) saman: utan alle desse ville ho fått ein betre plass.",
                nb:
                    "\(mark) \(service): \(runnerUp) har høyere verdi enn \(host), men \(rules) holder tjenesten i \(host) sammen: uten alle disse ville den fått en bedre plass.",
                en:
                    "\(mark) \(service): \(runnerUp) has a higher value than \(host), but \(rules) together keep the service in \(host): without all of them it would get a better place."
            )
        case let .heldBySum(mark, service, runnerUp, host):
            return t.pick(
                nn:
                    "\(mark) \(service): \(runnerUp) har høgare verdi enn \(host), men reglane held tenesta i \(host) saman; ingen enkeltregel gjer det åleine.",
                nb:
                    "\(mark) \(service): \(runnerUp) har høyere verdi enn \(host), men reglene holder tjenesten i \(host) sammen; ingen enkeltregel gjør det alene.",
                en:
                    "\(mark) \(service): \(runnerUp) has a higher value than \(host), but the rules together keep the service in \(host); no single rule does it on its own."
            )
        case let .heldUnexplained(mark, service, runnerUp, host):
            return t.pick(
                nn:
                    "\(mark) \(service): \(runnerUp) har høgare verdi enn \(host); reglane held tenesta i \(host), men kva regel det er, er ikkje rekna ut i denne køyringa.",
                nb:
                    "\(mark) \(service): \(runnerUp) har høyere verdi enn \(host); reglene holder tjenesten i \(host), men hvilken regel det er, er ikke regnet ut i denne kjøringen.",
                en:
                    "\(mark) \(service): \(runnerUp) has a higher value than \(host); the rules keep the service in \(host), but which rule it is was not worked out in this run."
            )
        }
    }
}
