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

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
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
                nn: "Vektene i sakene bak verdiane er trekte \(samples) gonger (frø \(seed)), og fordelinga er løyst på nytt for kvar trekning.",
                nb: "Vektene i sakene bak verdiene er trukket \(samples) ganger (frø \(seed)), og fordelingen er løst på nytt for hver trekning.",
                en:
                    "The weights of the cases behind the values were drawn \(samples) times (seed \(seed)), and the assignment re-solved for each draw."
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
        }
    }
}
