internal import Vertsval

/// The wording of the files `vertsval new` writes (comments and the texts it fills in) and
/// of the scoring hints, in Nynorsk, Bokmål and English.
enum ScaffoldText: Equatable {
    // A new case.
    case caseIntro(service: String)
    case templateNotice(text: String)
    case computedCriteria(list: String)
    case serviceFacts
    case willingness
    case scoresIntro
    case caseTitle(service: String)
    // Scoring hints.
    case scaleSummary(low: Int, high: Int)
    case measureSummary(unit: String, direction: Direction)
    case computedSummary(measure: ComputedMeasure, unit: String)
    case valuePoint(x: String, value: String)
    case valueFunction(points: String)
    // A new template.
    case templateIntro, templateTitle, templateAdoption, templateUncertainty
    case skeletonQualityGroup, skeletonScaleKind, skeletonScaleName, skeletonScaleQuestion
    case skeletonLevel(Int)
    case skeletonMeasureKind, skeletonMeasureName, skeletonMeasureQuestion, skeletonMeasureUnit
    case skeletonAccessGroup, skeletonTravelKind, skeletonTravelName, skeletonTravelQuestion, skeletonTravelUnit
    case skeletonBalanceKind, skeletonBalanceName, skeletonBalanceQuestion, skeletonBalanceUnit
    case skeletonKnockouts, skeletonWillingnessRule, skeletonMinimumRule, skeletonLimitRule
    // A new portfolio.
    case portfolioTitle(region: String)
    case portfolioIntro, portfolioServices, portfolioOpenService, portfolioRules, portfolioPlaceholderService

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .caseIntro(let service):
            return t.pick(
                nn: """
                    Sak om vertskommune for «\(service)», laga med «vertsval new case». Fyll inn det som står tomt \
                    nedanfor. «vertsval validate» på denne fila lister opp det som står att; «vertsval describe» \
                    viser kva vurderingsmalen og regionen inneheld.
                    """,
                nb: """
                    Sak om vertskommune for «\(service)», laget med «vertsval new case». Fyll inn det som står tomt \
                    nedenfor. «vertsval validate» på denne filen lister opp det som gjenstår; «vertsval describe» \
                    viser hva vurderingsmalen og regionen inneholder.
                    """,
                en: """
                    Host-municipality case for '\(service)', made with 'vertsval new case'. Fill in what is empty \
                    below. 'vertsval validate' on this file lists what is left; 'vertsval describe' shows what the \
                    template and the region contain.
                    """)
        case .templateNotice(let text):
            return t.pick(nn: "MERK (frå vurderingsmalen): ", nb: "MERK (fra vurderingsmalen): ", en: "NOTE (from the template): ") + text
        case .computedCriteria(let list):
            return t.pick(
                nn: "Desse kriteria blir rekna ut frå regionfila og skal ikkje skårast: \(list).",
                nb: "Disse kriteriene blir regnet ut fra regionfilen og skal ikke skåres: \(list).",
                en: "These criteria are computed from the region file and are not scored: \(list).")
        case .serviceFacts:
            return t.pick(
                nn: "Årsverk (fte), årsbudsjett i kroner (budget), budsjettår (budgetYear) og oppstart (start, ÅÅÅÅ-MM-DD) når dei er kjende.",
                nb: "Årsverk (fte), årsbudsjett i kroner (budget), budsjettår (budgetYear) og oppstart (start, ÅÅÅÅ-MM-DD) når de er kjent.",
                en: "Full-time equivalents (fte), yearly budget in NOK (budget), budget year (budgetYear) and start (start, YYYY-MM-DD) when known.")
        case .willingness:
            return t.pick(
                nn: "Har kommunen sagt at han vil vere vertskommune? Skriv true eller false, og kvar det står i «source».",
                nb: "Har kommunen sagt at den vil være vertskommune? Skriv true eller false, og hvor det står i «source».",
                en: "Has the municipality declared that it is willing to host? Write true or false, and where it is recorded in 'source'.")
        case .scoresIntro:
            return t.pick(
                nn: """
                    Skår for kvar kandidat på kvart kriterium: nivået på skalaen («level») eller måleverdien («value»), \
                    grunngjevinga («why») og kjelda («source») om ho finst. Ein skår kan òg ha «low» og «high» når han er usikker.
                    """,
                nb: """
                    Skår for hver kandidat på hvert kriterium: nivået på skalaen («level») eller måleverdien («value»), \
                    begrunnelsen («why») og kilden («source») om den finnes. En skår kan også ha «low» og «high» når den er usikker.
                    """,
                en: """
                    A score for each candidate on each criterion: the level on the scale ('level') or the measured value \
                    ('value'), the rationale ('why') and the source ('source') if there is one. A score may also have 'low' \
                    and 'high' when it is uncertain.
                    """)
        case .caseTitle(let service):
            return t.pick(nn: "Vertskommune for \(service)", nb: "Vertskommune for \(service)", en: "Host municipality for \(service)")
        case let .scaleSummary(low, high):
            return t.pick(
                nn: "nivå \(low)–\(high) på skalaen («level»)", nb: "nivå \(low)–\(high) på skalaen («level»)",
                en: "level \(low)–\(high) on the scale ('level')")
        case let .measureSummary(unit, direction):
            let better =
                direction == .lowerIsBetter
                ? t.pick(nn: "lågare er betre", nb: "lavere er bedre", en: "lower is better")
                : t.pick(nn: "høgare er betre", nb: "høyere er bedre", en: "higher is better")
            return t.pick(nn: "måleverdi i \(unit) («value»); ", nb: "måleverdi i \(unit) («value»); ", en: "measured value in \(unit) ('value'); ")
                + better
        case let .computedSummary(measure, unit):
            let source =
                switch measure {
                case .populationWeightedTravelTime:
                    t.pick(
                        nn: "reisetida frå alle kommunesentera, vekta med folketal", nb: "reisetiden fra alle kommunesentrene, vektet med folketall",
                        en: "travel time from every municipal centre, weighted by population")
                case .hostedShareGap:
                    t.pick(
                        nn: "registeret over samarbeid og folketalet", nb: "registeret over samarbeid og folketallet",
                        en: "the register of cooperation and the population")
                }
            return t.pick(
                nn: "blir rekna ut frå regionfila (\(source)), i \(unit); skal ikkje skårast",
                nb: "blir regnet ut fra regionfilen (\(source)), i \(unit); skal ikke skåres",
                en: "computed from the region file (\(source)), in \(unit); not scored")
        case let .valuePoint(x, value):
            return t.pick(nn: "\(x) gir \(value) poeng", nb: "\(x) gir \(value) poeng", en: "\(x) gives \(value) points")
        case .valueFunction(let points):
            return t.pick(nn: "Poeng: \(points).", nb: "Poeng: \(points).", en: "Points: \(points).")
        default:
            return templateText(t) ?? portfolioText(t) ?? ""
        }
    }

    /// The texts of a new template.
    private func templateText(_ t: Phrasebook) -> String? {
        switch self {
        case .templateIntro:
            return t.pick(
                nn: """
                    Utkast til vurderingsmal, laga med «vertsval new template»: eitt kriterium av kvart slag og \
                    éin utelukkingsregel av kvart slag. Byt ut namn, spørsmål, ordlyd og vekter med det styret \
                    vedtek; fjern det de ikkje treng, og legg til fleire kriterium av same slag. Vekter er poeng \
                    og blir skalerte til 100 %. Sjekk med «vertsval validate» og «vertsval describe».
                    """,
                nb: """
                    Utkast til vurderingsmal, laget med «vertsval new template»: ett kriterium av hver type og \
                    én utelukkingsregel av hver type. Bytt ut navn, spørsmål, ordlyd og vekter med det styret \
                    vedtar; fjern det dere ikke trenger, og legg til flere kriterier av samme type. Vekter er poeng \
                    og blir skalert til 100 %. Sjekk med «vertsval validate» og «vertsval describe».
                    """,
                en: """
                    Draft evaluation template, made with 'vertsval new template': one criterion of each kind and \
                    one knock-out rule of each kind. Replace names, questions, wording and weights with what the \
                    board adopts; remove what you do not need, and add more criteria of the same kinds. Weights \
                    are points, scaled to 100 %. Check with 'vertsval validate' and 'vertsval describe'.
                    """)
        case .templateTitle:
            return t.pick(
                nn: "Vurderingsmal for val av vertskommune (utkast)", nb: "Vurderingsmal for valg av vertskommune (utkast)",
                en: "Template for choosing a host municipality (draft)")
        case .templateAdoption:
            return t.pick(
                nn: "Når styret har vedteke malen: set «status: adopted» og fyll inn vedtaket:",
                nb: "Når styret har vedtatt malen: sett «status: adopted» og fyll inn vedtaket:",
                en: "When the board has adopted the template: set 'status: adopted' and fill in the decision:")
        case .templateUncertainty:
            return t.pick(
                nn: "Kor usikre vektene er, for robustheitsanalysen: kvar vekt kan liggje innanfor ±20 % av seg sjølv.",
                nb: "Hvor usikre vektene er, for robusthetsanalysen: hver vekt kan ligge innenfor ±20 % av seg selv.",
                en: "How uncertain the weights are, for the robustness analysis: each weight may lie within ±20 % of itself.")
        case .skeletonQualityGroup:
            return t.pick(nn: "Fagleg kvalitet og kostnad", nb: "Faglig kvalitet og kostnad", en: "Professional quality and cost")
        case .skeletonScaleKind:
            return t.pick(
                nn: "Slag 1: skala med ordlyd for kvart nivå, skåra for hand («level» i saka).",
                nb: "Type 1: skala med ordlyd for hvert nivå, skåret for hånd («level» i saken).",
                en: "Kind 1: a scale with wording for each level, scored by hand ('level' in the case).")
        case .skeletonScaleName:
            return t.pick(nn: "Fagmiljø", nb: "Fagmiljø", en: "Professional environment")
        case .skeletonScaleQuestion:
            return t.pick(
                nn: "Kor sterkt er fagmiljøet tenesta vil vere ein del av i kommunen?",
                nb: "Hvor sterkt er fagmiljøet tjenesten vil være en del av i kommunen?",
                en: "How strong is the professional environment the service would be part of?")
        case .skeletonLevel(let level):
            let words = [
                (nn: "Svært svakt", nb: "Svært svakt", en: "Very weak"), (nn: "Svakt", nb: "Svakt", en: "Weak"),
                (nn: "Middels", nb: "Middels", en: "Fair"), (nn: "Godt", nb: "Godt", en: "Good"),
                (nn: "Svært godt", nb: "Svært godt", en: "Very good"),
            ]
            let word = words[max(0, min(words.count - 1, level - 1))]
            return t.pick(
                nn: "\(word.nn): skriv kva nivå \(level) tyder", nb: "\(word.nb): skriv hva nivå \(level) betyr",
                en: "\(word.en): write what level \(level) means")
        case .skeletonMeasureKind:
            return t.pick(
                nn: "Slag 2: måleverdi skriven inn for hand («value» i saka). «linear»: «worst» gir 0 poeng, «best» gir 100.",
                nb: "Type 2: måleverdi skrevet inn for hånd («value» i saken). «linear»: «worst» gir 0 poeng, «best» gir 100.",
                en: "Kind 2: a measured value typed in by hand ('value' in the case). 'linear': 'worst' gives 0 points, 'best' gives 100.")
        case .skeletonMeasureName:
            return t.pick(nn: "Kostnad for samarbeidskommunane", nb: "Kostnad for samarbeidskommunene", en: "Cost to the partner municipalities")
        case .skeletonMeasureQuestion:
            return t.pick(
                nn: "Kor stort påslag reknar vertskommunen med, i prosent av tenestebudsjettet?",
                nb: "Hvor stort påslag regner vertskommunen med, i prosent av tjenestebudsjettet?",
                en: "What overhead does the host charge, as a percentage of the service budget?")
        case .skeletonMeasureUnit:
            return t.pick(nn: "% av budsjettet", nb: "% av budsjettet", en: "% of budget")
        case .skeletonAccessGroup:
            return t.pick(nn: "Tilgjenge og balanse", nb: "Tilgjengelighet og balanse", en: "Accessibility and balance")
        case .skeletonTravelKind:
            return t.pick(
                nn: "Slag 3: rekna ut frå reisetidene i regionfila (populationWeightedTravelTime); blir ikkje skåra.",
                nb: "Type 3: regnet ut fra reisetidene i regionfilen (populationWeightedTravelTime); blir ikke skåret.",
                en: "Kind 3: computed from the travel times in the region file (populationWeightedTravelTime); not scored.")
        case .skeletonTravelName:
            return t.pick(nn: "Reisetid i regionen", nb: "Reisetid i regionen", en: "Travel time in the region")
        case .skeletonTravelQuestion:
            return t.pick(
                nn: "Kor lang er reisetida i snitt frå innbyggjarane i regionen til kontoret, vekta med folketal?",
                nb: "Hvor lang er reisetiden i snitt fra innbyggerne i regionen til kontoret, vektet med folketall?",
                en: "How long is the population-weighted average travel time from the region's inhabitants to the office?")
        case .skeletonTravelUnit:
            return t.pick(nn: "minutt", nb: "minutter", en: "minutes")
        case .skeletonBalanceKind:
            return t.pick(
                nn: """
                    Slag 4: rekna ut frå registeret over samarbeid (hostedShareGap; «basis: arrangements» tel ordningar, \
                    «basis: fte» tel årsverk); blir ikkje skåra. «piecewise»: punkt med måleverdi («x») og poeng («value»).
                    """,
                nb: """
                    Type 4: regnet ut fra registeret over samarbeid (hostedShareGap; «basis: arrangements» teller ordninger, \
                    «basis: fte» teller årsverk); blir ikke skåret. «piecewise»: punkter med måleverdi («x») og poeng («value»).
                    """,
                en: """
                    Kind 4: computed from the register of cooperation (hostedShareGap; 'basis: arrangements' counts \
                    arrangements, 'basis: fte' counts FTE); not scored. 'piecewise': points with a measured value ('x') \
                    and points ('value').
                    """)
        case .skeletonBalanceName:
            return t.pick(nn: "Regional balanse i arbeidsplassar", nb: "Regional balanse i arbeidsplasser", en: "Regional balance of jobs")
        case .skeletonBalanceQuestion:
            return t.pick(
                nn: "Er kommunen alt vertskommune for fleire ordningar enn delen av folketalet tilseier?",
                nb: "Er kommunen allerede vertskommune for flere ordninger enn andelen av folketallet tilsier?",
                en: "Does the municipality already host more arrangements than its share of the population?")
        case .skeletonBalanceUnit:
            return t.pick(nn: "prosentpoeng", nb: "prosentpoeng", en: "percentage points")
        case .skeletonKnockouts:
            return t.pick(
                nn: """
                    Utelukkingsreglar, eitt døme av kvart slag: declaredWillingness (kommunen må ha sagt ja), \
                    minimumLevel (minste nivå på eit kriterium med skala) og worstAcceptable (dårlegaste måleverdi som blir godteken).
                    """,
                nb: """
                    Utelukkingsregler, ett eksempel av hver type: declaredWillingness (kommunen må ha sagt ja), \
                    minimumLevel (laveste nivå på et kriterium med skala) og worstAcceptable (dårligste måleverdi som godtas).
                    """,
                en: """
                    Knock-out rules, one example of each kind: declaredWillingness (the municipality must have said yes), \
                    minimumLevel (the lowest level on a criterion with a scale) and worstAcceptable (the worst measured value accepted).
                    """)
        case .skeletonWillingnessRule:
            return t.pick(
                nn: "Kommunen må ha sagt at han vil vere vertskommune for tenesta.",
                nb: "Kommunen må ha sagt at den vil være vertskommune for tjenesten.",
                en: "The municipality must have declared that it is willing to host the service.")
        case .skeletonMinimumRule:
            return t.pick(
                nn: "Fagmiljøet må minst vere på nivå 2.", nb: "Fagmiljøet må minst være på nivå 2.",
                en: "The professional environment must be at least at level 2.")
        case .skeletonLimitRule:
            return t.pick(
                nn: "Påslaget kan vere høgst 20 % av tenestebudsjettet.", nb: "Påslaget kan være høyst 20 % av tjenestebudsjettet.",
                en: "The overhead may be at most 20 % of the service budget.")
        default:
            return nil
        }
    }

    /// The texts of a new portfolio.
    private func portfolioText(_ t: Phrasebook) -> String? {
        switch self {
        case .portfolioTitle(let region):
            return t.pick(
                nn: "Vertskommunar for tenestene i \(region)", nb: "Vertskommuner for tjenestene i \(region)",
                en: "Host municipalities for the services in \(region)")
        case .portfolioIntro:
            return t.pick(
                nn: """
                    Portefølje laga med «vertsval new portfolio» frå registeret over samarbeid i regionfila. Fyll inn \
                    det som står tomt; «vertsval validate» på denne fila lister opp det som står att.
                    """,
                nb: """
                    Portefølje laget med «vertsval new portfolio» fra registeret over samarbeid i regionfilen. Fyll inn \
                    det som står tomt; «vertsval validate» på denne filen lister opp det som gjenstår.
                    """,
                en: """
                    Portfolio made with 'vertsval new portfolio' from the register of cooperation in the region file. \
                    Fill in what is empty; 'vertsval validate' on this file lists what is left.
                    """)
        case .portfolioServices:
            return t.pick(
                nn: """
                    Tenestene: årsverk («fte»), og anten vedteken vertskommune («host»), verdi 0–100 per kommune som kan \
                    vere vertskommune («values»), eller ei sak å hente verdiane frå («case: sak.yaml»). Fjern tenester \
                    som ikkje skal vere med.
                    """,
                nb: """
                    Tjenestene: årsverk («fte»), og enten vedtatt vertskommune («host»), verdi 0–100 per kommune som kan \
                    være vertskommune («values»), eller en sak å hente verdiene fra («case: sak.yaml»). Fjern tjenester \
                    som ikke skal være med.
                    """,
                en: """
                    The services: FTE ('fte'), and either a decided host ('host'), a value 0–100 for each municipality \
                    that may host it ('values'), or a case to take the values from ('case: case.yaml'). Remove services \
                    that are not to be included.
                    """)
        case .portfolioOpenService:
            return t.pick(
                nn:
                    "Open: verdi 0–100 for kvar kommune som kan vere vertskommune; fjern kommunar som ikkje kan. Eller «case:» i staden for «values:».",
                nb:
                    "Åpen: verdi 0–100 for hver kommune som kan være vertskommune; fjern kommuner som ikke kan. Eller «case:» i stedet for «values:».",
                en: "Open: a value 0–100 for each municipality that may host it; remove those that may not. Or 'case:' instead of 'values:'.")
        case .portfolioRules:
            return t.pick(
                nn:
                    "Reglar for balanse, om styret vil ha dei (sjå README.md): årsverk innanfor eit band rundt folketalsdelen, og minst éi teneste per kommune.",
                nb:
                    "Regler for balanse, om styret vil ha dem (se README.md): årsverk innenfor et bånd rundt folketallsandelen, og minst én tjeneste per kommune.",
                en:
                    "Balance rules, if the board wants them (see README.md): FTE within a band around the population share, and at least one service per municipality."
            )
        case .portfolioPlaceholderService:
            return t.pick(nn: "Ny teneste", nb: "Ny tjeneste", en: "New service")
        default:
            return nil
        }
    }
}
