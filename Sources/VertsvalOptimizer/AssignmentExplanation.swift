public import Vertsval

/// The optimisation result in words; every number comes from an `AssignmentResult`.
public struct AssignmentExplanation: Sendable {
    /// What the optimum is and what balance costs.
    public var summary: [String]
    /// One sentence per binding rule: what it is, what removing it gains, and what one more
    /// unit of room is worth.
    public var bindingRules: [String]
    /// One sentence per service not at its best-valued municipality.
    public var displaced: [String]
    /// The alternatives.
    public var alternatives: [String]
    /// When infeasible: the conflicting rules and the least change.
    public var conflicts: [String]

    /// Writes the explanation of `result` for `portfolio` in `language`; `switchedOff`
    /// names the rules a what-if run left out and what every rule gives.
    public init(_ result: AssignmentResult, portfolio: Portfolio, language: Language, switchedOff: SwitchedOffRules? = nil) {
        let words = RuleWording(portfolio: portfolio, language: language)
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        func points(_ value: Double) -> String { n.format(value, decimals: 1) }

        var summary: [String] = []
        switch result.status {
        case .optimal, .feasible:
            if let objective = result.objective {
                let open = result.assignment.filter { !$0.decided }.count
                if let switchedOff {
                    summary.append(
                        t.pick(
                            nn:
                                "Desse reglane er slått av i denne køyringa: \(t.list(switchedOff.rules)). Den beste fordelinga under dei andre reglane gjev \(points(objective)) poeng samla (verdi 0–100 per teneste, vekta med kor viktig tenesta er). \(open) av \(result.assignment.count) tenester hadde open vertskommune.",
                            nb:
                                "Disse reglene er slått av i denne kjøringen: \(t.list(switchedOff.rules)). Den beste fordelingen under de andre reglene gir \(points(objective)) poeng samlet (verdi 0–100 per tjeneste, vektet med hvor viktig tjenesten er). \(open) av \(result.assignment.count) tjenester hadde åpen vertskommune.",
                            en:
                                "These rules are switched off in this run: \(t.list(switchedOff.rules)). The best assignment under the other rules scores \(points(objective)) points in total (value 0–100 per service, weighted by the service's importance). \(open) of \(result.assignment.count) services had an open host."
                        ))
                    summary.append(Self.withAllRules(switchedOff.withAllRules, comparedTo: result, words: words, t: t, points: points))
                } else {
                    summary.append(
                        t.pick(
                            nn:
                                "Den beste fordelinga som held alle reglane, gjev \(points(objective)) poeng samla (verdi 0–100 per teneste, vekta med kor viktig tenesta er). \(open) av \(result.assignment.count) tenester hadde open vertskommune.",
                            nb:
                                "Den beste fordelingen som holder alle reglene, gir \(points(objective)) poeng samlet (verdi 0–100 per tjeneste, vektet med hvor viktig tjenesten er). \(open) av \(result.assignment.count) tjenester hadde åpen vertskommune.",
                            en:
                                "The best assignment that keeps every rule scores \(points(objective)) points in total (value 0–100 per service, weighted by the service's importance). \(open) of \(result.assignment.count) services had an open host."
                        ))
                }
            }
            if case let .feasible(gap) = result.status {
                summary.append(
                    t.pick(
                        nn:
                            "Løysaren nådde tidsgrensa før han kunne bevise at fordelinga er best; ho kan vere opptil \(n.percent(100 * (gap ?? 1))) frå det beste.",
                        nb:
                            "Løseren nådde tidsgrensen før den kunne bevise at fordelingen er best; den kan være opptil \(n.percent(100 * (gap ?? 1))) fra det beste.",
                        en:
                            "The solver reached its time limit before proving the assignment best; it may be up to \(n.percent(100 * (gap ?? 1))) from the optimum."
                    ))
            }
            if result.explanationCutShort {
                summary.append(
                    t.pick(
                        nn:
                            "Forklaringa er avkorta: ho nådde tidsgrensa si, så nokre reglar og tenester er ikkje forklarte nedanfor. Køyr på nytt med lengre tid for forklaringa for å få alt med.",
                        nb:
                            "Forklaringen er avkortet: den nådde tidsgrensen sin, så noen regler og tjenester er ikke forklart nedenfor. Kjør på nytt med lengre tid for forklaringen for å få alt med.",
                        en:
                            "The explanation is cut short: it reached its time limit, so some rules and services are not explained below. Run again with more time for the explanation to get all of it."
                    ))
            }
            if let price = result.priceOfBalance, let free = result.unconstrained {
                if price < 0.05 {
                    summary.append(
                        t.pick(
                            nn:
                                "Balansereglane kostar ingenting her: utan dei ville den beste fordelinga gjeve det same (\(points(free.objective)) poeng).",
                            nb:
                                "Balansereglene koster ingenting her: uten dem ville den beste fordelingen gitt det samme (\(points(free.objective)) poeng).",
                            en:
                                "The balance rules cost nothing here: without them the best assignment would score the same (\(points(free.objective)) points)."
                        ))
                } else {
                    let percent = free.objective > 0 ? 100 * price / free.objective : 0
                    summary.append(
                        t.pick(
                            nn:
                                "Utan balansereglane ville den beste fordelinga gjeve \(points(free.objective)) poeng. Balansen kostar altså \(points(price)) poeng (\(n.percent(percent)) av det som var mogleg).",
                            nb:
                                "Uten balansereglene ville den beste fordelingen gitt \(points(free.objective)) poeng. Balansen koster altså \(points(price)) poeng (\(n.percent(percent)) av det som var mulig).",
                            en:
                                "Without the balance rules the best assignment would score \(points(free.objective)) points. Balance thus costs \(points(price)) points (\(n.percent(percent)) of what was possible)."
                        ))
                    let moves = free.changes.map { change in
                        t.pick(
                            nn:
                                "\(words.service(change.service)) til \(words.municipality(change.to)) (i staden for \(words.municipality(change.from)))",
                            nb:
                                "\(words.service(change.service)) til \(words.municipality(change.to)) (i stedet for \(words.municipality(change.from)))",
                            en: "\(words.service(change.service)) to \(words.municipality(change.to)) (instead of \(words.municipality(change.from)))"
                        )
                    }
                    if !moves.isEmpty {
                        summary.append(
                            t.pick(
                                nn: "Utan reglane ville desse tenestene flytte: ", nb: "Uten reglene ville disse tjenestene flytte: ",
                                en: "Without the rules these services would move: ") + t.list(moves) + ".")
                    }
                }
            }
        case .infeasible:
            summary.append(
                switchedOff == nil
                    ? t.pick(
                        nn: "Ingen fordeling held alle reglane samstundes.",
                        nb: "Ingen fordeling holder alle reglene samtidig.",
                        en: "No assignment keeps all the rules at once.")
                    : t.pick(
                        nn: "Ingen fordeling held samstundes dei reglane som ikkje er slått av.",
                        nb: "Ingen fordeling holder samtidig de reglene som ikke er slått av.",
                        en: "No assignment keeps the rules that are not switched off at once."))
        case let .noSolution(reason):
            summary.append(
                t.pick(
                    nn: "Løysaren fann inga fordeling innan tidsgrensa (\(reason)). Prøv ei lengre tidsgrense.",
                    nb: "Løseren fant ingen fordeling innen tidsgrensen (\(reason)). Prøv en lengre tidsgrense.",
                    en: "The solver found no assignment within the time limit (\(reason)). Try a longer time limit."))
        }
        self.summary = summary

        self.bindingRules = result.bindingRules.map { binding in
            var text = t.pick(
                nn:
                    "\(words.capitalized(words.rule(binding.rule))) bind: utan regelen ville fordelinga gjeve \(points(binding.gainIfRemoved)) poeng meir.",
                nb:
                    "\(words.capitalized(words.rule(binding.rule))) binder: uten regelen ville fordelingen gitt \(points(binding.gainIfRemoved)) poeng mer.",
                en:
                    "\(words.capitalized(words.rule(binding.rule))) binds: without it the assignment would score \(points(binding.gainIfRemoved)) points more."
            )
            if let marginal = binding.marginalValue, let unit = binding.rule.unit {
                let room = words.room(binding.rule, unit: unit)
                text +=
                    " "
                    + (marginal < 0.05
                        ? t.pick(
                            nn: "\(words.capitalized(room)) åleine ville ikkje endra noko.",
                            nb: "\(words.capitalized(room)) alene ville ikke endret noe.",
                            en: "\(words.capitalized(room)) alone would change nothing.")
                        : t.pick(
                            nn: "\(words.capitalized(room)) ville vore verdt \(points(marginal)) poeng.",
                            nb: "\(words.capitalized(room)) ville vært verdt \(points(marginal)) poeng.",
                            en: "\(words.capitalized(room)) would be worth \(points(marginal)) points."))
            }
            return text
        }

        self.displaced = result.displaced.map { displacement in
            let service = words.service(displacement.service)
            let value = { (m: Municipality.ID) in points(portfolio.service(displacement.service)?.values[m] ?? 0) }
            let start = t.pick(
                nn:
                    "\(words.capitalized(service)) går til \(words.municipality(displacement.host)) (\(value(displacement.host))), ikkje til \(words.municipality(displacement.best)), som har høgast verdi (\(value(displacement.best))).",
                nb:
                    "\(words.capitalized(service)) går til \(words.municipality(displacement.host)) (\(value(displacement.host))), ikke til \(words.municipality(displacement.best)), som har høyest verdi (\(value(displacement.best))).",
                en:
                    "\(words.capitalized(service)) goes to \(words.municipality(displacement.host)) (\(value(displacement.host))), not to \(words.municipality(displacement.best)), which has the highest value (\(value(displacement.best)))."
            )
            if displacement.movedBy.isEmpty, !displacement.movedByTogether.isEmpty {
                let rules = t.list(displacement.movedByTogether.map(words.rule))
                return start + " "
                    + t.pick(
                        nn: "Ingen enkeltregel flyttar ho åleine, men \(rules) gjer det saman: utan alle desse ville ho fått ein betre plass.",
                        nb: "Ingen enkeltregel flytter den alene, men \(rules) gjør det sammen: uten alle disse ville den fått en bedre plass.",
                        en: "No single rule moves it on its own, but \(rules) do together: without all of them it would get a better place.")
            }
            if displacement.movedBy.isEmpty {
                return start + " "
                    + t.pick(
                        nn: "Ingen enkeltregel flyttar tenesta åleine; det er summen av reglane.",
                        nb: "Ingen enkeltregel flytter tjenesten alene; det er summen av reglene.",
                        en: "No single rule moves it on its own; it is the rules together.")
            }
            return start + " "
                + t.pick(
                    nn:
                        "Det er \(t.list(displacement.movedBy.map(words.rule))) som flyttar ho: utan \(displacement.movedBy.count == 1 ? "den regelen" : "ein av dei") ville ho fått ein betre plass.",
                    nb:
                        "Det er \(t.list(displacement.movedBy.map(words.rule))) som flytter den: uten \(displacement.movedBy.count == 1 ? "den regelen" : "en av dem") ville den fått en bedre plass.",
                    en:
                        "It is moved by \(t.list(displacement.movedBy.map(words.rule))): without \(displacement.movedBy.count == 1 ? "that rule" : "any one of them") it would get a better place."
                )
        }

        var alternatives = result.alternatives.enumerated().map { index, alternative in
            let moves = alternative.changes.map { change in
                "\(words.service(change.service)) → \(words.municipality(change.to))"
            }
            return t.pick(
                nn: "Alternativ \(index + 1): \(points(alternative.objective)) poeng (\(points(alternative.loss)) mindre): ",
                nb: "Alternativ \(index + 1): \(points(alternative.objective)) poeng (\(points(alternative.loss)) mindre): ",
                en: "Alternative \(index + 1): \(points(alternative.objective)) points (\(points(alternative.loss)) less): ")
                + moves.joined(separator: ", ") + "."
        }
        if result.alternativesRequested > result.alternatives.count, result.objective != nil {
            let count = result.alternatives.count
            alternatives.append(
                t.pick(
                    nn: count == 0 ? "Ingen annan fordeling held reglane." : "Ingen fleire fordelingar held reglane.",
                    nb: count == 0 ? "Ingen annen fordeling holder reglene." : "Ingen flere fordelinger holder reglene.",
                    en: count == 0 ? "No other assignment keeps the rules." : "No further assignment keeps the rules."))
        }
        self.alternatives = alternatives

        self.conflicts = result.conflicts.map { conflict in
            let amount: String
            switch conflict.rule.unit {
            case .fte?:
                amount = t.pick(
                    nn: "\(n.format(conflict.shortfall, decimals: 1)) årsverk", nb: "\(n.format(conflict.shortfall, decimals: 1)) årsverk",
                    en: "\(n.format(conflict.shortfall, decimals: 1)) FTE")
            case .services?:
                amount = t.pick(
                    nn: "\(n.format(conflict.shortfall, decimals: 0)) teneste(r)", nb: "\(n.format(conflict.shortfall, decimals: 0)) tjeneste(r)",
                    en: "\(n.format(conflict.shortfall, decimals: 0)) service(s)")
            case nil:
                amount = t.pick(
                    nn: "\(n.format(conflict.shortfall, decimals: 0)) kommune(r)", nb: "\(n.format(conflict.shortfall, decimals: 0)) kommune(r)",
                    en: "\(n.format(conflict.shortfall, decimals: 0)) municipality(ies)")
            }
            return t.pick(
                nn: "\(words.capitalized(words.rule(conflict.rule))) må gje etter med minst \(amount).",
                nb: "\(words.capitalized(words.rule(conflict.rule))) må gi etter med minst \(amount).",
                en: "\(words.capitalized(words.rule(conflict.rule))) must give by at least \(amount).")
        }
    }
}

extension AssignmentExplanation {
    /// What every rule of the portfolio gives, next to a run with some switched off: the
    /// objective and the services that would get another host, or that no assignment
    /// keeps them all.
    static func withAllRules(
        _ full: AssignmentResult, comparedTo result: AssignmentResult, words: RuleWording, t: Phrasebook, points: (Double) -> String
    ) -> String {
        guard let objective = full.objective else {
            return full.status == .infeasible
                ? t.pick(
                    nn: "Med alle reglane i porteføljen finst inga fordeling som held dei samstundes.",
                    nb: "Med alle reglene i porteføljen finnes ingen fordeling som holder dem samtidig.",
                    en: "With every rule of the portfolio, no assignment keeps them all at once.")
                : t.pick(
                    nn: "Med alle reglane i porteføljen fann løysaren inga fordeling innan tidsgrensa.",
                    nb: "Med alle reglene i porteføljen fant løseren ingen fordeling innen tidsgrensen.",
                    en: "With every rule of the portfolio, the solver found no assignment within the time limit.")
        }
        let moves = result.assignment.compactMap { item -> String? in
            guard let other = full.host(of: item.service), other != item.host else { return nil }
            return t.pick(
                nn: "\(words.service(item.service)) til \(words.municipality(other)) (i staden for \(words.municipality(item.host)))",
                nb: "\(words.service(item.service)) til \(words.municipality(other)) (i stedet for \(words.municipality(item.host)))",
                en: "\(words.service(item.service)) to \(words.municipality(other)) (instead of \(words.municipality(item.host)))")
        }
        guard !moves.isEmpty else {
            return t.pick(
                nn: "Med alle reglane i porteføljen blir fordelinga den same (\(points(objective)) poeng).",
                nb: "Med alle reglene i porteføljen blir fordelingen den samme (\(points(objective)) poeng).",
                en: "With every rule of the portfolio the assignment is the same (\(points(objective)) points).")
        }
        return t.pick(
            nn:
                "Med alle reglane i porteføljen gjev den beste fordelinga \(points(objective)) poeng, og desse tenestene får ein annan vertskommune: ",
            nb:
                "Med alle reglene i porteføljen gir den beste fordelingen \(points(objective)) poeng, og disse tjenestene får en annen vertskommune: ",
            en: "With every rule of the portfolio the best assignment scores \(points(objective)) points, and these services get another host: "
        ) + t.list(moves) + "."
    }
}
