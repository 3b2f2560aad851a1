internal import Vertsval

/// The wording of the advice to the board on an assignment (`AssignmentAdvice`), in nn, nb
/// and en. Figures, names and lists come formatted from the writer.
enum AssignmentAdviceText: Equatable {
    case proposes(open: Int, count: Int, hosts: String)
    case proposesInTable(open: Int, count: Int)
    case whatIfProposes(rules: String, open: Int, count: Int, hosts: String)
    case whatIfProposesInTable(rules: String, open: Int, count: Int)
    case whatIfNotAdvice
    case noneOpen(count: Int)
    case hostFor(services: String, host: String)
    case infeasible
    case infeasibleWithRulesOff
    case noSolution
    case choiceAhead(service: String, host: String, margin: String, runnerUp: String)
    case choiceLevel(service: String, host: String, runnerUp: String)
    case choiceHeldByRules(service: String, host: String, margin: String, best: String)
    case choiceOnly(service: String, host: String)
    case keptInDraws(share: String)
    case discussPrefix
    case narrowFor(services: String, margin: String)
    case contestedFor(services: String, share: String, plural: Bool)
    case heldByRulesFor(services: String, plural: Bool)
    case andMore(count: Int)
    case noCloseCalls(margin: String)
    case noCloseCallsRobust(margin: String, share: String)
    case balanceFree
    case balancePrice(price: String, percent: String)
    case balancePriceMoves(price: String, percent: String, moves: String)
    case boardAdvises
    case illustrative

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .proposes(open, count, hosts):
            return t.pick(
                nn:
                    "Med alle reglane i porteføljen er dette den beste fordelinga av tenestene med open vertskommune (\(open) av \(count)): \(hosts).",
                nb:
                    "Med alle reglene i porteføljen er dette den beste fordelingen av tjenestene med åpen vertskommune (\(open) av \(count)): \(hosts).",
                en: "With every rule of the portfolio, this is the best assignment of the services with an open host (\(open) of \(count)): \(hosts)."
            )
        case let .proposesInTable(open, count):
            return t.pick(
                nn:
                    "Med alle reglane i porteføljen er fordelinga i tabellen nedanfor den beste for tenestene med open vertskommune (\(open) av \(count)).",
                nb:
                    "Med alle reglene i porteføljen er fordelingen i tabellen nedenfor den beste for tjenestene med åpen vertskommune (\(open) av \(count)).",
                en:
                    "With every rule of the portfolio, the assignment in the table below is the best for the services with an open host (\(open) of \(count))."
            )
        case let .whatIfProposes(rules, open, count, hosts):
            return t.pick(
                nn:
                    "Med desse reglane slått av: \(rules), er dette den beste fordelinga av tenestene med open vertskommune (\(open) av \(count)): \(hosts).",
                nb:
                    "Med disse reglene slått av: \(rules), er dette den beste fordelingen av tjenestene med åpen vertskommune (\(open) av \(count)): \(hosts).",
                en:
                    "With these rules switched off: \(rules), this is the best assignment of the services with an open host (\(open) of \(count)): \(hosts)."
            )
        case let .whatIfProposesInTable(rules, open, count):
            return t.pick(
                nn:
                    "Med desse reglane slått av: \(rules), er fordelinga i tabellen nedanfor den beste for tenestene med open vertskommune (\(open) av \(count)).",
                nb:
                    "Med disse reglene slått av: \(rules), er fordelingen i tabellen nedenfor den beste for tjenestene med åpen vertskommune (\(open) av \(count)).",
                en:
                    "With these rules switched off: \(rules), the assignment in the table below is the best for the services with an open host (\(open) of \(count))."
            )
        case .whatIfNotAdvice:
            return t.pick(
                nn: "Det er ikkje resultatet med alle reglane, og det kan ikkje åleine liggje til grunn for ei tilråding.",
                nb: "Det er ikke resultatet med alle reglene, og det kan ikke alene ligge til grunn for en tilrådning.",
                en: "It is not the result with every rule, and it cannot on its own be the basis of a recommendation.")
        case let .noneOpen(count):
            return t.pick(
                nn: "Alle dei \(count) tenestene har vedteken vertskommune, så det er ingen vertskommune å tilrå.",
                nb: "Alle de \(count) tjenestene har vedtatt vertskommune, så det er ingen vertskommune å tilrå.",
                en: "All \(count) services have a decided host, so there is no host to recommend.")
        case let .hostFor(services, host):
            return t.pick(nn: "\(services) til \(host)", nb: "\(services) til \(host)", en: "\(services) to \(host)")
        case .infeasible:
            return t.pick(
                nn:
                    "Ingen fordeling held alle reglane, så analysen peikar ikkje på nokon vertskommune. Styret må endre reglane først; den minste endringa er denne:",
                nb:
                    "Ingen fordeling holder alle reglene, så analysen peker ikke på noen vertskommune. Styret må endre reglene først; den minste endringen er denne:",
                en:
                    "No assignment keeps every rule, so the analysis points to no host. The board must change the rules first; the smallest change is this:"
            )
        case .infeasibleWithRulesOff:
            return t.pick(
                nn:
                    "Ingen fordeling held dei reglane som ikkje er slått av, så analysen peikar ikkje på nokon vertskommune. Den minste endringa som gjer dei moglege å halde:",
                nb:
                    "Ingen fordeling holder de reglene som ikke er slått av, så analysen peker ikke på noen vertskommune. Den minste endringen som gjør dem mulige å holde:",
                en:
                    "No assignment keeps the rules that are not switched off, so the analysis points to no host. The smallest change that lets them hold:"
            )
        case .noSolution:
            return t.pick(
                nn: "Løysaren fann inga fordeling i denne køyringa, så analysen peikar ikkje på nokon vertskommune.",
                nb: "Løseren fant ingen fordeling i denne kjøringen, så analysen peker ikke på noen vertskommune.",
                en: "The solver found no assignment in this run, so the analysis points to no host.")
        case let .choiceAhead(service, host, margin, runnerUp):
            return t.pick(
                nn: "\(service): \(host), \(margin) poeng føre \(runnerUp)", nb: "\(service): \(host), \(margin) poeng foran \(runnerUp)",
                en: "\(service): \(host), \(margin) points ahead of \(runnerUp)")
        case let .choiceLevel(service, host, runnerUp):
            return t.pick(
                nn: "\(service): \(host), like høgt som \(runnerUp), så valet må gjerast på andre grunnar",
                nb: "\(service): \(host), like høyt som \(runnerUp), så valget må gjøres på andre grunner",
                en: "\(service): \(host), level with \(runnerUp), so the choice must rest on other grounds")
        case let .choiceHeldByRules(service, host, margin, best):
            return t.pick(
                nn: "\(service): \(host), \(margin) poeng under \(best), som reglane held tenesta borte frå",
                nb: "\(service): \(host), \(margin) poeng under \(best), som reglene holder tjenesten borte fra",
                en: "\(service): \(host), \(margin) points below \(best), which the rules keep the service from")
        case let .choiceOnly(service, host):
            return t.pick(
                nn: "\(service): \(host), einaste moglege vertskommune", nb: "\(service): \(host), eneste mulige vertskommune",
                en: "\(service): \(host), the only possible host")
        case let .keptInDraws(share):
            return t.pick(
                nn: "; held vertskommunen i \(share) av trekningane", nb: "; holder vertskommunen i \(share) av trekningene",
                en: "; keeps its host in \(share) of the draws")
        case .discussPrefix:
            return t.pick(nn: "Verdt ein diskusjon i styret: ", nb: "Verdt en diskusjon i styret: ", en: "Worth a discussion in the board: ")
        case let .narrowFor(services, margin):
            return t.pick(
                nn: "for \(services) er skilnaden til nest best under \(margin) poeng",
                nb: "for \(services) er forskjellen til nest best under \(margin) poeng",
                en: "for \(services) the lead over the runner-up is under \(margin) points")
        case let .contestedFor(services, share, plural):
            return t.pick(
                nn: "\(services) skiftar vertskommune i meir enn \(share) av trekningane",
                nb: "\(services) skifter vertskommune i mer enn \(share) av trekningene",
                en: "\(services) change\(plural ? "" : "s") host in more than \(share) of the draws")
        case let .heldByRulesFor(services, plural):
            return t.pick(
                nn: "\(services) får ikkje kommunen med høgast verdi, på grunn av reglane",
                nb: "\(services) får ikke kommunen med høyest verdi, på grunn av reglene",
                en: "\(services) \(plural ? "do" : "does") not get the municipality with the highest value, because of the rules")
        case let .andMore(count):
            return t.pick(nn: "\(count) fleire", nb: "\(count) flere", en: "\(count) more")
        case let .noCloseCalls(margin):
            return t.pick(
                nn: "Ingen av vala er jamne: kvar vertskommune ligg minst \(margin) poeng føre den nest beste.",
                nb: "Ingen av valgene er jevne: hver vertskommune ligger minst \(margin) poeng foran den nest beste.",
                en: "None of the choices is close: every host is at least \(margin) points ahead of the runner-up.")
        case let .noCloseCallsRobust(margin, share):
            return t.pick(
                nn:
                    "Ingen av vala er jamne: kvar vertskommune ligg minst \(margin) poeng føre den nest beste og held tenesta i minst \(share) av trekningane.",
                nb:
                    "Ingen av valgene er jevne: hver vertskommune ligger minst \(margin) poeng foran den nest beste og holder tjenesten i minst \(share) av trekningene.",
                en:
                    "None of the choices is close: every host is at least \(margin) points ahead of the runner-up and keeps the service in at least \(share) of the draws."
            )
        case .balanceFree:
            return t.pick(
                nn: "Balansereglane kostar ingenting her.", nb: "Balansereglene koster ingenting her.", en: "The balance rules cost nothing here.")
        case let .balancePrice(price, percent):
            return t.pick(
                nn: "Balansereglane kostar \(price) poeng (\(percent) av det som var mogleg).",
                nb: "Balansereglene koster \(price) poeng (\(percent) av det som var mulig).",
                en: "The balance rules cost \(price) points (\(percent) of what was possible).")
        case let .balancePriceMoves(price, percent, moves):
            return t.pick(
                nn: "Balansereglane kostar \(price) poeng (\(percent) av det som var mogleg); utan dei ville desse tenestene flytte: \(moves).",
                nb: "Balansereglene koster \(price) poeng (\(percent) av det som var mulig); uten dem ville disse tjenestene flytte: \(moves).",
                en: "The balance rules cost \(price) points (\(percent) of what was possible); without them these services would move: \(moves).")
        case .boardAdvises:
            return t.pick(
                nn: "Styret gjev tilråding; kvar kommune vedtek sjølv vertskommuneavtalane (kommunelova §§ 20-2 og 20-3).",
                nb: "Styret gir tilrådning; hver kommune vedtar selv vertskommuneavtalene (kommuneloven §§ 20-2 og 20-3).",
                en: "The board gives advice; each municipal council adopts the host agreements itself (Local Government Act §§ 20-2 and 20-3).")
        case .illustrative:
            return t.pick(
                nn: "Merk at tala i porteføljen er illustrerande.", nb: "Merk at tallene i porteføljen er illustrerende.",
                en: "Note that the figures in the portfolio are illustrative.")
        }
    }
}
