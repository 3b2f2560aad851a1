internal import Vertsval

/// The wording of the optimisation result (`AssignmentExplanation`), in nn, nb and en.
/// Figures and rule names come formatted from the writer.
enum AssignmentExplanationText: Equatable {
    case someRulesOffBest(rules: String, objective: String, open: Int, count: Int)
    case bestKeepingAllRules(objective: String, open: Int, count: Int)
    case timeLimitGap(gap: String)
    case explanationCutShort
    case balanceCostsNothing(unconstrained: String)
    case balanceCosts(unconstrained: String, price: String, percent: String)
    case move(service: String, host: String, instead: String)
    case wouldMovePrefix
    case infeasible
    case infeasibleWithRulesOff
    case noSolutionInTime(seconds: String)
    case noSolutionStopped
    case binds(rule: String, gain: String)
    case roomChangesNothing(room: String)
    case roomWorth(room: String, marginal: String)
    case displaced(service: String, host: String, hostValue: String, best: String, bestValue: String)
    case movedByRulesTogether(rules: String)
    case movedBySum
    case movedBy(rules: String, single: Bool)
    case alternativePrefix(number: Int, objective: String, loss: String)
    case noOtherAssignment
    case noFurtherAssignment
    case fteAmount(amount: String)
    case servicesAmount(amount: String)
    case municipalitiesAmount(amount: String)
    case mustGive(rule: String, amount: String)
    case allRulesInfeasible
    case allRulesNoSolution
    case allRulesSame(objective: String)
    case allRulesMovesPrefix(objective: String)

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .someRulesOffBest(rules, objective, open, count):
            return t.pick(
                nn:
                    "Desse reglane er slått av i denne køyringa: \(rules). Den beste fordelinga under dei andre reglane gjev \(objective) poeng samla (verdi 0–100 per teneste, vekta med kor viktig tenesta er). \(open) av \(count) tenester hadde open vertskommune.",
                nb:
                    "Disse reglene er slått av i denne kjøringen: \(rules). Den beste fordelingen under de andre reglene gir \(objective) poeng samlet (verdi 0–100 per tjeneste, vektet med hvor viktig tjenesten er). \(open) av \(count) tjenester hadde åpen vertskommune.",
                en:
                    "These rules are switched off in this run: \(rules). The best assignment under the other rules scores \(objective) points in total (value 0–100 per service, weighted by the service's importance). \(open) of \(count) services had an open host."
            )
        case let .bestKeepingAllRules(objective, open, count):
            return t.pick(
                nn:
                    "Den beste fordelinga som held alle reglane, gjev \(objective) poeng samla (verdi 0–100 per teneste, vekta med kor viktig tenesta er). \(open) av \(count) tenester hadde open vertskommune.",
                nb:
                    "Den beste fordelingen som holder alle reglene, gir \(objective) poeng samlet (verdi 0–100 per tjeneste, vektet med hvor viktig tjenesten er). \(open) av \(count) tjenester hadde åpen vertskommune.",
                en:
                    "The best assignment that keeps every rule scores \(objective) points in total (value 0–100 per service, weighted by the service's importance). \(open) of \(count) services had an open host."
            )
        case let .timeLimitGap(gap):
            return t.pick(
                nn: "Løysaren nådde tidsgrensa før han kunne bevise at fordelinga er best; ho kan vere opptil \(gap) frå det beste.",
                nb: "Løseren nådde tidsgrensen før den kunne bevise at fordelingen er best; den kan være opptil \(gap) fra det beste.",
                en: "The solver reached its time limit before proving the assignment best; it may be up to \(gap) from the optimum.")
        case .explanationCutShort:
            return t.pick(
                nn:
                    "Forklaringa er avkorta: ho nådde tidsgrensa si, så nokre reglar og tenester er ikkje forklarte nedanfor. Køyr på nytt med lengre tid for forklaringa for å få alt med.",
                nb:
                    "Forklaringen er avkortet: den nådde tidsgrensen sin, så noen regler og tjenester er ikke forklart nedenfor. Kjør på nytt med lengre tid for forklaringen for å få alt med.",
                en:
                    "The explanation is cut short: it reached its time limit, so some rules and services are not explained below. Run again with more time for the explanation to get all of it."
            )
        case let .balanceCostsNothing(unconstrained):
            return t.pick(
                nn: "Balansereglane kostar ingenting her: utan dei ville den beste fordelinga gjeve det same (\(unconstrained) poeng).",
                nb: "Balansereglene koster ingenting her: uten dem ville den beste fordelingen gitt det samme (\(unconstrained) poeng).",
                en: "The balance rules cost nothing here: without them the best assignment would score the same (\(unconstrained) points).")
        case let .balanceCosts(unconstrained, price, percent):
            return t.pick(
                nn:
                    "Utan balansereglane ville den beste fordelinga gjeve \(unconstrained) poeng. Balansen kostar altså \(price) poeng (\(percent) av det som var mogleg).",
                nb:
                    "Uten balansereglene ville den beste fordelingen gitt \(unconstrained) poeng. Balansen koster altså \(price) poeng (\(percent) av det som var mulig).",
                en:
                    "Without the balance rules the best assignment would score \(unconstrained) points. Balance thus costs \(price) points (\(percent) of what was possible)."
            )
        case let .move(service, host, instead):
            return t.pick(
                nn: "\(service) til \(host) (i staden for \(instead))", nb: "\(service) til \(host) (i stedet for \(instead))",
                en: "\(service) to \(host) (instead of \(instead))")
        case .wouldMovePrefix:
            return t.pick(
                nn: "Utan reglane ville desse tenestene flytte: ", nb: "Uten reglene ville disse tjenestene flytte: ",
                en: "Without the rules these services would move: ")
        case .infeasible:
            return t.pick(
                nn: "Ingen fordeling held alle reglane samstundes.", nb: "Ingen fordeling holder alle reglene samtidig.",
                en: "No assignment keeps all the rules at once.")
        case .infeasibleWithRulesOff:
            return t.pick(
                nn: "Ingen fordeling held samstundes dei reglane som ikkje er slått av.",
                nb: "Ingen fordeling holder samtidig de reglene som ikke er slått av.",
                en: "No assignment keeps the rules that are not switched off at once.")
        case let .noSolutionInTime(seconds):
            return t.pick(
                nn: "Løysaren fann inga fordeling innan tidsgrensa på \(seconds) s. Gje han meir tid: --time-limit på kommandolinja.",
                nb: "Løseren fant ingen fordeling innen tidsgrensen på \(seconds) s. Gi den mer tid: --time-limit på kommandolinjen.",
                en: "The solver found no assignment within the time limit of \(seconds) s. Give it more time: --time-limit on the command line.")
        case .noSolutionStopped:
            return t.pick(
                nn:
                    "Løysaren stoppa utan å finne ei fordeling og utan å vise at ingen finst; ei lengre tidsgrense hjelper truleg ikkje. Sjå etter svært store eller små tal i porteføljen.",
                nb:
                    "Løseren stoppet uten å finne en fordeling og uten å vise at ingen finnes; en lengre tidsgrense hjelper trolig ikke. Se etter svært store eller små tall i porteføljen.",
                en:
                    "The solver stopped without finding an assignment or showing that none exists; a longer time limit will probably not help. Look for very large or very small numbers in the portfolio."
            )
        case let .binds(rule, gain):
            return t.pick(
                nn: "\(rule) bind: utan regelen ville fordelinga gjeve \(gain) poeng meir.",
                nb: "\(rule) binder: uten regelen ville fordelingen gitt \(gain) poeng mer.",
                en: "\(rule) binds: without it the assignment would score \(gain) points more.")
        case let .roomChangesNothing(room):
            return t.pick(
                nn: "\(room) åleine ville ikkje endra noko.", nb: "\(room) alene ville ikke endret noe.", en: "\(room) alone would change nothing.")
        case let .roomWorth(room, marginal):
            return t.pick(
                nn: "\(room) ville vore verdt \(marginal) poeng.", nb: "\(room) ville vært verdt \(marginal) poeng.",
                en: "\(room) would be worth \(marginal) points.")
        case let .displaced(service, host, hostValue, best, bestValue):
            return t.pick(
                nn: "\(service) går til \(host) (\(hostValue)), ikkje til \(best), som har høgast verdi (\(bestValue)).",
                nb: "\(service) går til \(host) (\(hostValue)), ikke til \(best), som har høyest verdi (\(bestValue)).",
                en: "\(service) goes to \(host) (\(hostValue)), not to \(best), which has the highest value (\(bestValue)).")
        case let .movedByRulesTogether(rules):
            return t.pick(
                nn: "Ingen enkeltregel flyttar ho åleine, men \(rules) gjer det saman: utan alle desse ville ho fått ein betre plass.",
                nb: "Ingen enkeltregel flytter den alene, men \(rules) gjør det sammen: uten alle disse ville den fått en bedre plass.",
                en: "No single rule moves it on its own, but \(rules) do together: without all of them it would get a better place.")
        case .movedBySum:
            return t.pick(
                nn: "Ingen enkeltregel flyttar tenesta åleine; det er summen av reglane.",
                nb: "Ingen enkeltregel flytter tjenesten alene; det er summen av reglene.",
                en: "No single rule moves it on its own; it is the rules together.")
        case let .movedBy(rules, single):
            return t.pick(
                nn: "Det er \(rules) som flyttar ho: utan \(single ? "den regelen" : "ein av dei") ville ho fått ein betre plass.",
                nb: "Det er \(rules) som flytter den: uten \(single ? "den regelen" : "en av dem") ville den fått en bedre plass.",
                en: "It is moved by \(rules): without \(single ? "that rule" : "any one of them") it would get a better place.")
        case let .alternativePrefix(number, objective, loss):
            return t.pick(
                nn: "Alternativ \(number): \(objective) poeng (\(loss) mindre): ", nb: "Alternativ \(number): \(objective) poeng (\(loss) mindre): ",
                en: "Alternative \(number): \(objective) points (\(loss) less): ")
        case .noOtherAssignment:
            return t.pick(
                nn: "Ingen annan fordeling held reglane.", nb: "Ingen annen fordeling holder reglene.", en: "No other assignment keeps the rules.")
        case .noFurtherAssignment:
            return t.pick(
                nn: "Ingen fleire fordelingar held reglane.", nb: "Ingen flere fordelinger holder reglene.",
                en: "No further assignment keeps the rules.")
        case let .fteAmount(amount):
            return t.pick(nn: "\(amount) årsverk", nb: "\(amount) årsverk", en: "\(amount) FTE")
        case let .servicesAmount(amount):
            return t.pick(nn: "\(amount) teneste(r)", nb: "\(amount) tjeneste(r)", en: "\(amount) service(s)")
        case let .municipalitiesAmount(amount):
            return t.pick(nn: "\(amount) kommune(r)", nb: "\(amount) kommune(r)", en: "\(amount) municipality(ies)")
        case let .mustGive(rule, amount):
            return t.pick(
                nn: "\(rule) må gje etter med minst \(amount).", nb: "\(rule) må gi etter med minst \(amount).",
                en: "\(rule) must give by at least \(amount).")
        case .allRulesInfeasible:
            return t.pick(
                nn: "Med alle reglane i porteføljen finst inga fordeling som held dei samstundes.",
                nb: "Med alle reglene i porteføljen finnes ingen fordeling som holder dem samtidig.",
                en: "With every rule of the portfolio, no assignment keeps them all at once.")
        case .allRulesNoSolution:
            return t.pick(
                nn: "Med alle reglane i porteføljen fann løysaren inga fordeling innan tidsgrensa.",
                nb: "Med alle reglene i porteføljen fant løseren ingen fordeling innen tidsgrensen.",
                en: "With every rule of the portfolio, the solver found no assignment within the time limit.")
        case let .allRulesSame(objective):
            return t.pick(
                nn: "Med alle reglane i porteføljen blir fordelinga den same (\(objective) poeng).",
                nb: "Med alle reglene i porteføljen blir fordelingen den samme (\(objective) poeng).",
                en: "With every rule of the portfolio the assignment is the same (\(objective) points).")
        case let .allRulesMovesPrefix(objective):
            return t.pick(
                nn: "Med alle reglane i porteføljen gjev den beste fordelinga \(objective) poeng, og desse tenestene får ein annan vertskommune: ",
                nb: "Med alle reglene i porteføljen gir den beste fordelingen \(objective) poeng, og disse tjenestene får en annen vertskommune: ",
                en: "With every rule of the portfolio the best assignment scores \(objective) points, and these services get another host: ")
        }
    }
}
