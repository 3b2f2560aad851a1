/// The evaluation in words: every sentence is generated from an `Evaluation`, every number
/// in it comes from the result structures.
public struct CaseExplanation: Sendable {
    /// The result as advice to the board: which candidate the template points to, and that
    /// the councils decide.
    public var recommendation: String
    /// "Luster er rangert først med 68,6 av 100 poeng, 2,3 poeng føre Sogndal (66,3)."
    public var summary: String
    /// One sentence per excluded candidate, naming the rule and what was found.
    public var exclusions: [String]
    /// Why the leader is first: which criteria carry the lead, which pull the other way.
    public var whyLeader: [String]
    /// What would put the runner-up first: weights and single scores.
    public var whatWouldChange: [String]
    /// How computed criteria were computed.
    public var computed: [String]
    /// Which weights were used, and any change from the template with its origin.
    public var weights: [String]
    /// The declared interests, one sentence each, and who decides on them.
    public var interests: [String]
}

extension CaseExplanation {
    /// Writes the explanation of `evaluation` in `language`, analysing it first.
    public init(_ evaluation: Evaluation, language: Language) {
        self.init(EvaluationAnalysis(evaluation), language: language)
    }

    /// Writes the explanation of an evaluation already analysed, in `language`.
    ///
    /// Every figure comes from `analysis`; the writer only chooses the words.
    public init(_ analysis: EvaluationAnalysis, language: Language) {
        let writer = ExplanationWriter(evaluation: analysis.evaluation, language: language)
        self.recommendation = writer.recommendation(analysis.lead, template: analysis.templateEvaluation)
        self.summary = writer.summary(analysis.lead)
        self.exclusions = writer.exclusions()
        self.whyLeader = writer.whyLeader(analysis.lead)
        self.whatWouldChange = writer.whatWouldChange(analysis.swaps)
        self.computed = writer.computed()
        self.weights = writer.weights()
        self.interests = writer.interests()
    }
}

/// Builds the sentences of a `CaseExplanation`.
struct ExplanationWriter {
    let evaluation: Evaluation
    let language: Language
    let t: Phrasebook

    init(evaluation: Evaluation, language: Language) {
        self.evaluation = evaluation
        self.language = language
        self.t = Phrasebook(language)
    }

    var n: NumberFormat { t.numbers }

    func name(_ municipality: Municipality.ID) -> String {
        evaluation.region.name(of: municipality)
    }

    func criterionName(_ id: Criterion.ID) -> String {
        evaluation.template.criterion(id).map { Self.inline($0.name.text(language)) } ?? id.rawValue
    }

    /// A name as it reads inside a sentence: first letter lower-cased unless it starts an
    /// abbreviation ("PPT").
    static func inline(_ text: String) -> String {
        guard let first = text.first else { return text }
        let second = text.dropFirst().first
        if let second, second.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    func points(_ value: Double) -> String { n.format(value, decimals: 1) }

    // MARK: Sections

    /// Whose weights the result rests on, as the opening of a sentence: the template's, or
    /// — for a run that deviates — the scenario's, this run's or the case's.
    func basis() -> String {
        let origins = evaluation.weights.changes.map(\.origin)
        if let title = origins.lazy.compactMap({ origin -> LocalizedText? in
            if case let .scenario(title, _) = origin { return title }
            return nil
        }).first {
            return t.pick(
                nn: "Med vektene i scenarioet «\(title.text(language))»", nb: "Med vektene i scenarioet «\(title.text(language))»",
                en: "With the weights of the scenario '\(title.text(language))'")
        }
        if origins.contains(.adjustment) {
            return t.pick(
                nn: "Med vektene som er endra for denne køyringa", nb: "Med vektene som er endret for denne kjøringen",
                en: "With the weights changed for this run")
        }
        if !origins.isEmpty {
            return t.pick(
                nn: "Med vektene saka set (endra frå malen)", nb: "Med vektene saken setter (endret fra malen)",
                en: "With the weights set by the case (changed from the template)")
        }
        return t.pick(nn: "Etter vurderingsmalen", nb: "Etter vurderingsmalen", en: "By the evaluation template")
    }

    /// What the template's own weights give, for a run with other weights; "" otherwise.
    func templateResult(_ template: Evaluation?, leader: Municipality.ID?) -> String {
        guard let template else { return "" }
        guard let first = template.ranked.first else {
            return " "
                + t.pick(
                    nn: "Med vektene i malen står ingen kandidat att.", nb: "Med vektene i malen står ingen kandidat igjen.",
                    en: "With the template's weights no candidate remains.")
        }
        let same = first.municipality.id == leader
        guard let comparison = template.comparison else {
            return " "
                + t.pick(
                    nn: "Med vektene i malen er \(first.municipality.name) einaste kandidat.",
                    nb: "Med vektene i malen er \(first.municipality.name) eneste kandidat.",
                    en: "With the template's weights \(first.municipality.name) is the only candidate.")
        }
        let margin = points(comparison.margin)
        let runner = name(comparison.runnerUp)
        if same {
            return " "
                + t.pick(
                    nn: "Med vektene i malen kjem òg \(first.municipality.name) best ut, \(margin) poeng føre \(runner).",
                    nb: "Med vektene i malen kommer også \(first.municipality.name) best ut, \(margin) poeng foran \(runner).",
                    en: "With the template's weights \(first.municipality.name) also comes out best, \(margin) points ahead of \(runner).")
        }
        return " "
            + t.pick(
                nn: "Med vektene i malen kjem \(first.municipality.name) best ut, \(margin) poeng føre \(runner).",
                nb: "Med vektene i malen kommer \(first.municipality.name) best ut, \(margin) poeng foran \(runner).",
                en: "With the template's weights \(first.municipality.name) comes out best, \(margin) points ahead of \(runner).")
    }

    func recommendation(_ lead: LeadAnalysis?, template: Evaluation? = nil) -> String {
        let service = Self.inline(evaluation.case.service.name.text(language))
        let basis = basis()
        let baseline = templateResult(template, leader: evaluation.ranked.first?.municipality.id)
        let law = t.pick(
            nn: "Styret gjev tilråding; kvar kommune vedtek sjølv vertskommuneavtalen (kommunelova §§ 20-2 og 20-3).",
            nb: "Styret gir tilrådning; hver kommune vedtar selv vertskommuneavtalen (kommuneloven §§ 20-2 og 20-3).",
            en: "The board gives advice; each municipal council adopts the host agreement itself (Local Government Act §§ 20-2 and 20-3).")
        let illustrative =
            evaluation.case.illustrative
            ? " "
                + t.pick(
                    nn: "Merk at skåringane i denne saka er illustrerande.", nb: "Merk at skåringene i denne saken er illustrerende.",
                    en: "Note that the scores in this case are illustrative.") : ""
        guard let first = evaluation.ranked.first else {
            return t.pick(
                nn: "Ingen kandidat står att etter utelukkingsreglane i vurderingsmalen, så vurderinga peikar ikkje på nokon vertskommune.",
                nb: "Ingen kandidat står igjen etter utelukkingsreglene i vurderingsmalen, så vurderingen peker ikke på noen vertskommune.",
                en: "No candidate remains after the template's knock-out rules, so the assessment points to no host.") + baseline + " " + law
        }
        guard let lead, !lead.isPracticallyLevel else {
            if let comparison = lead?.comparison {
                return t.pick(
                    nn:
                        "\(basis) står \(name(comparison.leader)) og \(name(comparison.runnerUp)) så godt som likt som vertskommune for \(service); valet må gjerast på andre grunnar enn summen av kriteria.",
                    nb:
                        "\(basis) står \(name(comparison.leader)) og \(name(comparison.runnerUp)) så godt som likt som vertskommune for \(service); valget må gjøres på andre grunner enn summen av kriteriene.",
                    en:
                        "\(basis), \(name(comparison.leader)) and \(name(comparison.runnerUp)) are practically level as host for \(service); the choice must rest on other grounds than the sum of the criteria."
                ) + baseline + " " + law + illustrative
            }
            return t.pick(
                nn: "\(basis) er \(first.municipality.name) einaste kandidat som står att som vertskommune for \(service).",
                nb: "\(basis) er \(first.municipality.name) eneste kandidat som står igjen som vertskommune for \(service).",
                en: "\(basis), \(first.municipality.name) is the only remaining candidate to host \(service).") + baseline + " " + law
                + illustrative
        }
        let comparison = lead.comparison
        return t.pick(
            nn:
                "\(basis) kjem \(name(comparison.leader)) best ut som vertskommune for \(service), \(points(comparison.margin)) poeng føre \(name(comparison.runnerUp)) på ein skala frå 0 til 100.",
            nb:
                "\(basis) kommer \(name(comparison.leader)) best ut som vertskommune for \(service), \(points(comparison.margin)) poeng foran \(name(comparison.runnerUp)) på en skala fra 0 til 100.",
            en:
                "\(basis), \(name(comparison.leader)) comes out best as host for \(service), \(points(comparison.margin)) points ahead of \(name(comparison.runnerUp)) on a scale from 0 to 100."
        ) + baseline + " " + law + illustrative
    }

    func summary(_ lead: LeadAnalysis?) -> String {
        let ranked = evaluation.ranked
        guard let first = ranked.first else {
            return t.pick(
                nn: "Ingen kandidat står att etter utelukkingsreglane, så ingen kan rangerast.",
                nb: "Ingen kandidat står igjen etter utelukkingsreglene, så ingen kan rangeres.",
                en: "No candidate remains after the knock-out rules, so none can be ranked.")
        }
        let leader = first.municipality.name
        guard let lead, let second = ranked.dropFirst().first else {
            return t.pick(
                nn: "\(leader) er einaste kandidat som står att, med \(points(first.total)) av 100 poeng.",
                nb: "\(leader) er eneste kandidat som står igjen, med \(points(first.total)) av 100 poeng.",
                en: "\(leader) is the only remaining candidate, with \(points(first.total)) of 100 points.")
        }
        let runner = second.municipality.name
        let comparison = lead.comparison
        if lead.isPracticallyLevel {
            return t.pick(
                nn: "\(leader) og \(runner) står så godt som likt, med \(points(first.total)) og \(points(second.total)) av 100 poeng.",
                nb: "\(leader) og \(runner) står så godt som likt, med \(points(first.total)) og \(points(second.total)) av 100 poeng.",
                en: "\(leader) and \(runner) are practically level, with \(points(first.total)) and \(points(second.total)) of 100 points.")
        }
        var text = t.pick(
            nn:
                "\(leader) er rangert først med \(points(first.total)) av 100 poeng, \(points(comparison.margin)) poeng føre \(runner) (\(points(second.total))).",
            nb:
                "\(leader) er rangert først med \(points(first.total)) av 100 poeng, \(points(comparison.margin)) poeng foran \(runner) (\(points(second.total))).",
            en:
                "\(leader) ranks first with \(points(first.total)) of 100 points, \(points(comparison.margin)) points ahead of \(runner) (\(points(second.total)))."
        )
        if ranked.count > 2 {
            let rest = ranked.dropFirst(2).map { "\($0.municipality.name) (\(points($0.total)))" }
            text += " " + t.pick(nn: "Deretter kjem ", nb: "Deretter kommer ", en: "Next come ") + t.list(rest) + "."
        }
        if comparison.leaderDominates {
            text +=
                " "
                + t.pick(
                    nn: "\(leader) er minst like god som \(runner) på alle kriteria, så ingen vekting kan setje \(runner) først.",
                    nb: "\(leader) er minst like god som \(runner) på alle kriteriene, så ingen vekting kan sette \(runner) først.",
                    en: "\(leader) is at least as good as \(runner) on every criterion, so no weighting can put \(runner) first.")
        }
        return text
    }

    func exclusions() -> [String] {
        evaluation.excluded.map { result in
            let who = result.municipality.name
            let reasons = result.exclusions.map { exclusion -> String in
                switch exclusion.finding {
                case .notWilling(declared: false):
                    return t.pick(
                        nn: "har sagt at han ikkje vil vere vertskommune",
                        nb: "har sagt at den ikke vil være vertskommune",
                        en: "has said it does not want to host")
                case .notWilling(declared: _):
                    return t.pick(
                        nn: "har ikkje sagt at han vil vere vertskommune",
                        nb: "har ikke sagt at den vil være vertskommune",
                        en: "has not declared that it wants to host")
                case let .belowMinimumLevel(level, minimum):
                    let criterion = criterionNameFor(exclusion.rule)
                    return t.pick(
                        nn: "har nivå \(level) på \(criterion), under minstekravet \(minimum)",
                        nb: "har nivå \(level) på \(criterion), under minstekravet \(minimum)",
                        en: "has level \(level) on \(criterion), below the minimum of \(minimum)")
                case let .worseThanLimit(value, limit):
                    let criterion = criterionNameFor(exclusion.rule)
                    return t.pick(
                        nn: "har \(n.format(value)) på \(criterion), verre enn grensa \(n.format(limit))",
                        nb: "har \(n.format(value)) på \(criterion), verre enn grensen \(n.format(limit))",
                        en: "has \(n.format(value)) on \(criterion), worse than the limit of \(n.format(limit))")
                }
            }
            let rules = result.exclusions.map { $0.rule.text.text(language) }
            return t.pick(
                nn: "\(who) fell ut fordi kommunen \(t.list(reasons)). Regel: ",
                nb: "\(who) faller ut fordi kommunen \(t.list(reasons)). Regel: ",
                en: "\(who) is excluded because it \(t.list(reasons)). Rule: ") + rules.joined(separator: " ")
                + t.pick(
                    nn: " Totalen på \(points(result.total)) poeng er vist, men ikkje rangert.",
                    nb: " Totalen på \(points(result.total)) poeng er vist, men ikke rangert.",
                    en: " Its total of \(points(result.total)) points is shown but not ranked.")
        }
    }

    private func criterionNameFor(_ rule: KnockoutRule) -> String {
        switch rule.kind {
        case let .minimumLevel(criterion, _), let .worstAcceptable(criterion, _): criterionName(criterion)
        case .declaredWillingness: ""
        }
    }

    func whyLeader(_ lead: LeadAnalysis?) -> [String] {
        guard let lead, !lead.isPracticallyLevel else { return [] }
        let comparison = lead.comparison
        let leader = name(comparison.leader)
        let runner = name(comparison.runnerUp)
        func part(_ id: Criterion.ID) -> String {
            "\(criterionName(id)) (\(n.signed(comparison.byCriterion[id] ?? 0)))"
        }
        var sentences: [String] = []
        let favour = comparison.favouringLeader
        let against = comparison.favouringRunnerUp
        if !favour.isEmpty {
            let top = lead.strongestForLeader
            let share = lead.strongestForLeaderPoints
            let gross = lead.grossLead
            sentences.append(
                t.pick(
                    nn: "\(leader) vinn mest på \(t.list(top.map(part))).",
                    nb: "\(leader) vinner mest på \(t.list(top.map(part))).",
                    en: "\(leader) gains most on \(t.list(top.map(part))).")
                    + (favour.count > top.count
                        ? " "
                            + t.pick(
                                nn: "Desse står for \(points(share)) av i alt \(points(gross)) poeng i \(leader) sin favør.",
                                nb: "Disse står for \(points(share)) av i alt \(points(gross)) poeng i \(leader)s favør.",
                                en: "These account for \(points(share)) of the \(points(gross)) points in \(leader)'s favour.")
                        : ""))
        }
        if !against.isEmpty {
            let top = lead.strongestForRunnerUp
            sentences.append(
                t.pick(
                    nn: "\(runner) tek att \(points(lead.wonBack)) poeng, mest på \(t.list(top.map(part))).",
                    nb: "\(runner) tar igjen \(points(lead.wonBack)) poeng, mest på \(t.list(top.map(part))).",
                    en: "\(runner) wins back \(points(lead.wonBack)) points, most on \(t.list(top.map(part))).")
            )
        } else {
            sentences.append(
                t.pick(
                    nn: "\(runner) er ikkje betre enn \(leader) på noko kriterium.",
                    nb: "\(runner) er ikke bedre enn \(leader) på noe kriterium.",
                    en: "\(runner) is not better than \(leader) on any criterion."))
        }
        let pivotal = comparison.pivotal
        if pivotal.isEmpty {
            sentences.append(
                t.pick(
                    nn: "Ikkje noko enkeltkriterium avgjer åleine: \(leader) ville vore først sjølv utan forspranget på kvart av dei.",
                    nb: "Ikke noe enkeltkriterium avgjør alene: \(leader) ville vært først selv uten forspranget på hvert av dem.",
                    en: "No single criterion decides on its own: \(leader) would still be first without its lead on any one of them."))
        } else {
            let names = pivotal.map(criterionName)
            sentences.append(
                pivotal.count == 1
                    ? t.pick(
                        nn: "Forspranget på \(names[0]) avgjer: utan det ville \(runner) vore først.",
                        nb: "Forspranget på \(names[0]) avgjør: uten det ville \(runner) vært først.",
                        en: "The lead on \(names[0]) decides: without it, \(runner) would be first.")
                    : t.pick(
                        nn:
                            "Kvart av desse kriteria avgjer åleine, i den forstand at \(runner) ville vore først utan forspranget på det: \(t.list(names)).",
                        nb:
                            "Hvert av disse kriteriene avgjør alene, i den forstand at \(runner) ville vært først uten forspranget på det: \(t.list(names)).",
                        en: "Each of these criteria decides on its own, in that \(runner) would be first without the lead on it: \(t.list(names))."))
        }
        return sentences
    }

    func whatWouldChange(_ swaps: SwapAnalysis) -> [String] {
        guard let comparison = evaluation.comparison else { return [] }
        let runner = name(comparison.runnerUp)
        let leader = name(comparison.leader)
        var sentences: [String] = []
        // Weights: the nearest swap, up or down.
        if let nearest = swaps.nearestWeightSwap, let at = nearest.weightAtSwap {
            let up = at > nearest.weightNow
            sentences.append(
                t.pick(
                    nn:
                        "Den minste vektendringa som set \(runner) først, er å \(up ? "auke" : "senke") vekta på \(criterionName(nearest.criterion)) frå \(n.percent(100 * nearest.weightNow)) til \(up ? "meir" : "mindre") enn \(n.percent(100 * at)) (dei andre vektene skalerte tilsvarande).",
                    nb:
                        "Den minste vektendringen som setter \(runner) først, er å \(up ? "øke" : "senke") vekten på \(criterionName(nearest.criterion)) fra \(n.percent(100 * nearest.weightNow)) til \(up ? "mer" : "mindre") enn \(n.percent(100 * at)) (de andre vektene skalert tilsvarende).",
                    en:
                        "The smallest weight change that puts \(runner) first is to \(up ? "raise" : "lower") the weight of \(criterionName(nearest.criterion)) from \(n.percent(100 * nearest.weightNow)) to \(up ? "more" : "less") than \(n.percent(100 * at)) (the other weights rescaled in proportion)."
                ))
            if let other = nearest.otherLeaderFirst {
                sentences.append(
                    t.pick(
                        nn: "Før det skjer, går likevel \(name(other.candidate)) forbi \(leader), ved \(n.percent(100 * other.weight)).",
                        nb: "Før det skjer, går likevel \(name(other.candidate)) forbi \(leader), ved \(n.percent(100 * other.weight)).",
                        en: "Before that happens, \(name(other.candidate)) overtakes \(leader), at \(n.percent(100 * other.weight))."))
            }
            let never = swaps.criteriaWithoutWeightSwap.map(criterionName)
            if !never.isEmpty {
                sentences.append(
                    t.pick(
                        nn: "Ingen vekt mellom 0 og 100 % på \(t.alternatives(never)) kan åleine setje \(runner) først.",
                        nb: "Ingen vekt mellom 0 og 100 % på \(t.alternatives(never)) kan alene sette \(runner) først.",
                        en: "No weight between 0 and 100 % on \(t.alternatives(never)) can on its own put \(runner) first."))
            }
        } else {
            sentences.append(
                t.pick(
                    nn: "Inga endring av vekta på eitt enkelt kriterium (dei andre skalerte tilsvarande) kan setje \(runner) først.",
                    nb: "Ingen endring av vekten på ett enkelt kriterium (de andre skalert tilsvarende) kan sette \(runner) først.",
                    en: "No change to the weight of a single criterion (the others rescaled in proportion) can put \(runner) first."))
        }
        // Scores: options on hand-scored criteria.
        if let smallest = swaps.smallestScoreChange {
            sentences.append(
                t.pick(
                    nn: "Den minste endringa av éin enkelt skår som set \(runner) først: ",
                    nb: "Den minste endringen av én enkelt skår som setter \(runner) først: ",
                    en: "The smallest change of a single score that puts \(runner) first: ")
                    + describe(smallest.option, criterion: smallest.criterion) + ".")
        } else {
            sentences.append(
                t.pick(
                    nn: "Inga enkelt endring av éin skår kan setje \(runner) først.",
                    nb: "Ingen enkelt endring av én skår kan sette \(runner) først.",
                    en: "No single change of one score can put \(runner) first."))
        }
        return sentences
    }

    /// "Sogndal frå nivå 3 til 5 på kontinuitet" / "Luster under 45,2 minutt på reisetid".
    func describe(_ option: ScoreSwap.Option, criterion: Criterion.ID, compact: Bool = false) -> String {
        let who = name(option.municipality)
        let what = criterionName(criterion)
        switch (option.from, option.to) {
        case let (.level(a), .level(b)) where compact:
            return t.pick(nn: "\(who) frå nivå \(a) til \(b)", nb: "\(who) fra nivå \(a) til \(b)", en: "\(who) from level \(a) to \(b)")
        case let (.level(a), .level(b)):
            return t.pick(
                nn: "\(who) frå nivå \(a) til \(b) på \(what)",
                nb: "\(who) fra nivå \(a) til \(b) på \(what)",
                en: "\(who) from level \(a) to \(b) on \(what)")
        case let (.measure(a), .measure(b)):
            let measure = evaluation.template.criterion(criterion)?.measure
            let unit = measure?.unit.text(language) ?? ""
            let decimals = measure?.decimals ?? 1
            let bound =
                option.beyondIsAbove
                ? t.pick(nn: "over", nb: "over", en: "above") : t.pick(nn: "under", nb: "under", en: "below")
            if compact {
                return t.pick(
                    nn: "\(who) \(bound) \(n.format(b, decimals: decimals)) \(unit) (no \(n.format(a, decimals: decimals)))",
                    nb: "\(who) \(bound) \(n.format(b, decimals: decimals)) \(unit) (nå \(n.format(a, decimals: decimals)))",
                    en: "\(who) \(bound) \(n.format(b, decimals: decimals)) \(unit) (now \(n.format(a, decimals: decimals)))")
            }
            return t.pick(
                nn: "\(who) \(bound) \(n.format(b, decimals: decimals)) \(unit) på \(what) (no \(n.format(a, decimals: decimals)))",
                nb: "\(who) \(bound) \(n.format(b, decimals: decimals)) \(unit) på \(what) (nå \(n.format(a, decimals: decimals)))",
                en: "\(who) \(bound) \(n.format(b, decimals: decimals)) \(unit) on \(what) (now \(n.format(a, decimals: decimals)))")
        default:
            return what
        }
    }

    func computed() -> [String] {
        var sentences: [String] = []
        for criterion in evaluation.criteria {
            guard let measure = criterion.computed else { continue }
            let decimals = criterion.measure?.decimals ?? 1
            let unit = criterion.measure?.unit.text(language) ?? ""
            let parts = evaluation.candidates.compactMap { result -> String? in
                guard case let .measure(x)? = result.raw[criterion.id] else { return nil }
                return "\(result.municipality.name) \(n.format(x, decimals: decimals)) \(unit)"
            }
            switch measure {
            case .populationWeightedTravelTime:
                let estimate = evaluation.region.travelTimes.isEstimate
                sentences.append(
                    t.pick(
                        nn:
                            "\(Self.capitalized(criterionName(criterion.id))) er rekna ut frå regionfila som snittet av reisetida frå sentera i alle \(evaluation.region.municipalities.count) kommunane, vekta med folketal: \(t.list(parts)).",
                        nb:
                            "\(Self.capitalized(criterionName(criterion.id))) er regnet ut fra regionfilen som snittet av reisetiden fra sentrene i alle \(evaluation.region.municipalities.count) kommunene, vektet med folketall: \(t.list(parts)).",
                        en:
                            "\(Self.capitalized(criterionName(criterion.id))) is computed from the region file as the population-weighted average travel time from the centres of all \(evaluation.region.municipalities.count) municipalities: \(t.list(parts))."
                    )
                        + (estimate
                            ? " "
                                + t.pick(
                                    nn: "Reisetidene er anslag.", nb: "Reisetidene er anslag.", en: "The travel times are estimates.")
                            : ""))
            case let .hostedShareGap(basis):
                let shares = evaluation.candidates.compactMap { result -> String? in
                    guard case let .hostedShare(hosted, total, share, population)? = result.computed[criterion.id] else { return nil }
                    let amount = basis == .fte ? n.format(hosted, decimals: 1) : n.format(hosted, decimals: 0)
                    let of = basis == .fte ? n.format(total, decimals: 1) : n.format(total, decimals: 0)
                    return t.pick(
                        nn:
                            "\(result.municipality.name) er vert for \(amount) av \(of) (\(n.percent(100 * share))) med \(n.percent(100 * population)) av folketalet",
                        nb:
                            "\(result.municipality.name) er vert for \(amount) av \(of) (\(n.percent(100 * share))) med \(n.percent(100 * population)) av folketallet",
                        en:
                            "\(result.municipality.name) hosts \(amount) of \(of) (\(n.percent(100 * share))) with \(n.percent(100 * population)) of the population"
                    )
                }
                let what =
                    basis == .fte
                    ? t.pick(
                        nn: "årsverka i ordningar med kjend vertskommune", nb: "årsverkene i ordninger med kjent vertskommune",
                        en: "the FTE in arrangements with a known host")
                    : t.pick(
                        nn: "ordningane med kjend vertskommune", nb: "ordningene med kjent vertskommune", en: "the arrangements with a known host")
                sentences.append(
                    t.pick(
                        nn:
                            "\(Self.capitalized(criterionName(criterion.id))) er rekna ut frå registeret over samarbeid i regionfila (\(what), vedtekne og eksisterande): \(shares.joined(separator: "; ")). Skilnaden i prosentpoeng: \(t.list(parts)).",
                        nb:
                            "\(Self.capitalized(criterionName(criterion.id))) er regnet ut fra registeret over samarbeid i regionfilen (\(what), vedtatte og eksisterende): \(shares.joined(separator: "; ")). Forskjellen i prosentpoeng: \(t.list(parts)).",
                        en:
                            "\(Self.capitalized(criterionName(criterion.id))) is computed from the region file's register of cooperation (\(what), decided and existing): \(shares.joined(separator: "; ")). The difference in percentage points: \(t.list(parts))."
                    ))
            }
        }
        return sentences
    }

    func interests() -> [String] {
        let declared = evaluation.case.interests
        guard !declared.isEmpty else { return [] }
        var sentences = declared.map { interest -> String in
            var text = interest.person
            if let role = interest.role { text += " (" + role.text(language) + ")" }
            text += ": " + interest.description.text(language)
            switch interest.excluded {
            case true?:
                text +=
                    " "
                    + t.pick(
                        nn: "Organet har vedteke at vedkomande går frå i saka.", nb: "Organet har vedtatt at vedkommende fratrer i saken.",
                        en: "The body has decided that the person steps aside in this case.")
            case false?:
                text +=
                    " "
                    + t.pick(
                        nn: "Organet har vedteke at vedkomande er habil.", nb: "Organet har vedtatt at vedkommende er habil.",
                        en: "The body has decided that the person is not disqualified.")
            case nil:
                text +=
                    " "
                    + t.pick(
                        nn: "Organet har ikkje avgjort habiliteten enno.", nb: "Organet har ikke avgjort habiliteten ennå.",
                        en: "The body has not yet decided on disqualification.")
            }
            if let decision = interest.decision { text += " (" + decision + ")" }
            return text
        }
        sentences.append(
            t.pick(
                nn:
                    "Spørsmålet om habilitet blir avgjort av organet sjølv (forvaltningslova § 6 og § 8); verktøyet registrerer erklæringane og tek ikkje stilling.",
                nb:
                    "Spørsmålet om habilitet avgjøres av organet selv (forvaltningsloven § 6 og § 8); verktøyet registrerer erklæringene og tar ikke stilling.",
                en:
                    "Disqualification is decided by the body itself (Public Administration Act §§ 6 and 8); the tool records the declarations and takes no position."
            ))
        return sentences
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    func weights() -> [String] {
        let weights = evaluation.weights
        guard weights.isChanged else {
            return [
                t.pick(
                    nn: "Vektene er dei same som i vurderingsmalen.",
                    nb: "Vektene er de samme som i vurderingsmalen.",
                    en: "The weights are those of the evaluation template.")
            ]
        }
        var sentences: [String] = []
        for change in weights.changes {
            let from = n.percent(100 * weights.templateFraction(change.criterion))
            let to = n.percent(100 * weights.fraction(change.criterion))
            let what = criterionName(change.criterion)
            let points = "\(n.format(change.templatePoints, decimals: 0)) → \(n.format(change.points, decimals: 1))"
            switch change.origin {
            case let .caseOverride(reason):
                sentences.append(
                    t.pick(
                        nn: "Saka endrar vekta på \(what) frå \(from) til \(to) (poeng \(points)). Grunngjeving: \(reason.text(language))",
                        nb: "Saken endrer vekten på \(what) fra \(from) til \(to) (poeng \(points)). Begrunnelse: \(reason.text(language))",
                        en: "The case changes the weight of \(what) from \(from) to \(to) (points \(points)). Reason: \(reason.text(language))"))
            case let .scenario(title, reason):
                sentences.append(
                    t.pick(
                        nn:
                            "Scenarioet «\(title.text(language))» endrar vekta på \(what) frå \(from) til \(to) (poeng \(points)). Grunngjeving: \(reason.text(language))",
                        nb:
                            "Scenarioet «\(title.text(language))» endrer vekten på \(what) fra \(from) til \(to) (poeng \(points)). Begrunnelse: \(reason.text(language))",
                        en:
                            "The scenario '\(title.text(language))' changes the weight of \(what) from \(from) to \(to) (points \(points)). Reason: \(reason.text(language))"
                    ))
            case .adjustment:
                sentences.append(
                    t.pick(
                        nn: "Vekta på \(what) er endra for denne køyringa frå \(from) til \(to) (poeng \(points)).",
                        nb: "Vekten på \(what) er endret for denne kjøringen fra \(from) til \(to) (poeng \(points)).",
                        en: "The weight of \(what) is changed for this run from \(from) to \(to) (points \(points))."))
            }
        }
        sentences.append(
            t.pick(
                nn: "Alle vektene er skalerte slik at dei summerer seg til 100 %; dei andre kriteria har difor også fått litt endra vekt.",
                nb: "Alle vektene er skalert slik at de summerer seg til 100 %; de andre kriteriene har derfor også fått litt endret vekt.",
                en: "All weights are rescaled to sum to 100 %, so the other criteria's weights change slightly too."))
        return sentences
    }
}

extension ScoreSwap.Option {
    /// The option in words: "Sogndal frå nivå 3 til 5 på kontinuitet for tilsette", or for a
    /// measure "Luster under 45,2 minutt på reisetid (no 56,9)".
    ///
    /// With `compact`, the criterion is left out (for a table row that names it already).
    public func text(criterion: Criterion.ID, in evaluation: Evaluation, language: Language, compact: Bool = false) -> String {
        ExplanationWriter(evaluation: evaluation, language: language).describe(self, criterion: criterion, compact: compact)
    }
}
