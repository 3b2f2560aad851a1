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
        self.recommendation = writer.recommendation(analysis.lead, template: analysis.templateEvaluation, scoreOrigins: analysis.scoreOrigins)
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

    private func text(_ key: CaseExplanationText) -> String { key.text(in: language) }

    // MARK: Sections

    /// Whose weights and scores the result rests on, as the opening of a sentence: the
    /// template's, or — for a run that deviates — the scenario's, this run's or the case's.
    func basis(scoreOrigins: [WeightSet.Origin] = []) -> String {
        let weights = Self.source(of: evaluation.weights.changes.map(\.origin))
        switch (weights, Self.source(of: scoreOrigins)) {
        case (.none, .none): return text(.byTemplate)
        case (.none, .scenario(let title)): return text(.withScenarioScores(scenario: title.text(language)))
        case (.none, .run): return text(.withRunScores)
        case (.scenario(let weightsTitle), .scenario(let title)) where weightsTitle == title:
            return text(.withScenarioWeightsAndScores(scenario: title.text(language)))
        case (.run, .run): return text(.withRunWeightsAndScores)
        case (let weights, .none): return weightsBasis(weights)
        case (let weights, .scenario(let title)): return text(.andScenarioScores(basis: weightsBasis(weights), scenario: title.text(language)))
        case (let weights, .run), (let weights, .file): return text(.andRunScores(basis: weightsBasis(weights)))
        }
    }

    /// Where a set of changes comes from, as the opening says it: a scenario (named) before
    /// this run before the case file.
    enum Source: Equatable {
        case none, file, run
        case scenario(LocalizedText)
    }

    static func source(of origins: [WeightSet.Origin]) -> Source {
        if let title = origins.lazy.compactMap({ origin -> LocalizedText? in
            if case let .scenario(title, _) = origin { return title }
            return nil
        }).first {
            return .scenario(title)
        }
        if origins.contains(.adjustment) { return .run }
        return origins.isEmpty ? .none : .file
    }

    private func weightsBasis(_ source: Source) -> String {
        switch source {
        case .none: return text(.byTemplate)
        case .scenario(let title): return text(.withScenarioWeights(scenario: title.text(language)))
        case .run: return text(.withRunWeights)
        case .file: return text(.withCaseWeights)
        }
    }

    /// What the template's own weights and the case's own scores give, for a run with other
    /// weights or scores; "" otherwise.
    func templateResult(_ template: Evaluation?, leader: Municipality.ID?, scoresChanged: Bool = false) -> String {
        guard let template else { return "" }
        let reference: String
        switch (evaluation.weights.isChanged, scoresChanged) {
        case (true, true): reference = text(.filedScoresAndTemplateWeightsReference)
        case (false, true): reference = text(.filedScoresReference)
        default: reference = text(.templateWeightsReference)
        }
        guard let first = template.ranked.first else {
            return " " + text(.templateLeavesNoCandidate(reference: reference))
        }
        let same = first.municipality.id == leader
        guard let comparison = template.comparison else {
            return " " + text(.templateOnlyCandidate(reference: reference, leader: first.municipality.name))
        }
        let margin = points(template.shownMargin(comparison))
        let runner = name(comparison.runnerUp)
        if same {
            return " " + text(.templateAlsoBest(reference: reference, leader: first.municipality.name, margin: margin, runnerUp: runner))
        }
        return " " + text(.templateBest(reference: reference, leader: first.municipality.name, margin: margin, runnerUp: runner))
    }

    func recommendation(_ lead: LeadAnalysis?, template: Evaluation? = nil, scoreOrigins: [WeightSet.Origin] = []) -> String {
        let service = Self.inline(evaluation.case.service.name.text(language))
        let basis = basis(scoreOrigins: scoreOrigins)
        let baseline = templateResult(template, leader: evaluation.ranked.first?.municipality.id, scoresChanged: !scoreOrigins.isEmpty)
        let law = text(.boardAdvises)
        let illustrative =
            evaluation.case.illustrative
            ? " " + text(.illustrativeScores) : ""
        guard let first = evaluation.ranked.first else {
            return text(.noCandidateNoHost) + baseline + " " + law
        }
        guard let lead, !lead.isPracticallyLevel else {
            if let comparison = lead?.comparison {
                return text(
                    .practicallyLevelAsHost(basis: basis, leader: name(comparison.leader), runnerUp: name(comparison.runnerUp), service: service))
                    + baseline + " " + law + illustrative
            }
            return text(.onlyRemainingHost(basis: basis, leader: first.municipality.name, service: service)) + baseline + " " + law
                + illustrative
        }
        let comparison = lead.comparison
        return text(
            .comesOutBest(
                basis: basis, leader: name(comparison.leader), service: service, margin: points(evaluation.shownMargin(comparison)),
                runnerUp: name(comparison.runnerUp))) + baseline + " " + law + illustrative
    }

    func summary(_ lead: LeadAnalysis?) -> String {
        let ranked = evaluation.ranked
        guard let first = ranked.first else {
            return text(.noCandidateToRank)
        }
        let leader = first.municipality.name
        guard let lead, let second = ranked.dropFirst().first else {
            return text(.onlyRemaining(leader: leader, total: points(first.total)))
        }
        let runner = second.municipality.name
        let comparison = lead.comparison
        if lead.isPracticallyLevel {
            return text(.practicallyLevel(leader: leader, runnerUp: runner, total: points(first.total), runnerUpTotal: points(second.total)))
        }
        var sentence = text(
            .ranksFirst(
                leader: leader, total: points(first.total), margin: points(evaluation.shownMargin(comparison)), runnerUp: runner,
                runnerUpTotal: points(second.total)))
        if ranked.count > 2 {
            let rest = ranked.dropFirst(2).map { "\($0.municipality.name) (\(points($0.total)))" }
            sentence += " " + text(.nextComePrefix) + t.list(rest) + "."
        }
        if comparison.leaderDominates {
            sentence += " " + text(.leaderDominates(leader: leader, runnerUp: runner))
        }
        return sentence
    }

    func exclusions() -> [String] {
        evaluation.excluded.map { result in
            let who = result.municipality.name
            let reasons = result.exclusions.map { exclusion -> String in
                switch exclusion.finding {
                case .notWilling(declared: false):
                    return text(.declinedToHost)
                case .notWilling(declared: _):
                    return text(.notDeclaredWilling)
                case let .belowMinimumLevel(level, minimum):
                    let criterion = criterionNameFor(exclusion.rule)
                    return text(.belowMinimumLevel(level: level, criterion: criterion, minimum: minimum))
                case let .worseThanLimit(value, limit):
                    let criterion = criterionNameFor(exclusion.rule)
                    return text(.worseThanLimit(value: n.format(value), criterion: criterion, limit: n.format(limit)))
                }
            }
            let rules = result.exclusions.map { $0.rule.text.text(language) }
            return text(.excludedBecause(municipality: who, reasons: t.list(reasons))) + rules.joined(separator: " ")
                + text(.totalShownNotRanked(total: points(result.total)))
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
        // The parts as the contribution table shows them, so that the sums below agree
        // with it.
        let shown = evaluation.shownDifferences(comparison)
        func part(_ id: Criterion.ID) -> String {
            "\(criterionName(id)) (\(n.signed(shown[id] ?? 0)))"
        }
        func sum(_ ids: [Criterion.ID]) -> Double { ids.reduce(0) { $0 + (shown[$1] ?? 0) } }
        var sentences: [String] = []
        let favour = comparison.favouringLeader
        let against = comparison.favouringRunnerUp
        if !favour.isEmpty {
            let top = lead.strongestForLeader
            let share = sum(top)
            let gross = sum(favour)
            sentences.append(
                text(.gainsMost(leader: leader, criteria: t.list(top.map(part))))
                    + (favour.count > top.count
                        ? " " + text(.shareOfLead(share: points(share), gross: points(gross), leader: leader))
                        : ""))
        }
        if !against.isEmpty {
            let top = lead.strongestForRunnerUp
            sentences.append(
                text(.winsBack(runnerUp: runner, wonBack: points(-sum(against)), criteria: t.list(top.map(part))))
            )
        } else {
            sentences.append(
                text(.runnerUpNowhereBetter(runnerUp: runner, leader: leader)))
        }
        let pivotal = comparison.pivotal
        if pivotal.isEmpty {
            sentences.append(
                text(.noSingleCriterionDecides(leader: leader)))
        } else {
            let names = pivotal.map(criterionName)
            sentences.append(
                pivotal.count == 1
                    ? text(.leadDecides(criterion: names[0], runnerUp: runner))
                    : text(.eachCriterionDecides(runnerUp: runner, criteria: t.list(names))))
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
                text(
                    .smallestWeightChange(
                        runnerUp: runner, raise: up, criterion: criterionName(nearest.criterion), now: n.percent(100 * nearest.weightNow),
                        at: n.percent(100 * at))))
            if let other = nearest.otherLeaderFirst {
                sentences.append(
                    text(.overtakesFirst(other: name(other.candidate), leader: leader, weight: n.percent(100 * other.weight))))
            }
            let never = swaps.criteriaWithoutWeightSwap.map(criterionName)
            if !never.isEmpty {
                sentences.append(
                    text(.noWeightAlone(criteria: t.alternatives(never), runnerUp: runner)))
            }
        } else {
            sentences.append(
                text(.noWeightChange(runnerUp: runner)))
        }
        // Scores: options on hand-scored criteria.
        if let smallest = swaps.smallestScoreChange {
            sentences.append(
                text(.smallestScoreChangePrefix(newLeader: name(smallest.newLeader)))
                    + describe(smallest.option, criterion: smallest.criterion) + ".")
        } else {
            sentences.append(
                text(.noScoreChange(runnerUp: runner)))
        }
        return sentences
    }

    /// "Sogndal frå nivå 3 til 5 på kontinuitet" / "Luster under 45,2 minutt på reisetid".
    func describe(_ option: ScoreSwap.Option, criterion: Criterion.ID, compact: Bool = false) -> String {
        let who = name(option.municipality)
        let what = criterionName(criterion)
        switch (option.from, option.to) {
        case let (.level(a), .level(b)) where compact:
            return text(.levelChangeShort(municipality: who, from: a, to: b))
        case let (.level(a), .level(b)):
            return text(.levelChange(municipality: who, from: a, to: b, criterion: what))
        case let (.measure(a), .measure(b)):
            let measure = evaluation.template.criterion(criterion)?.measure
            let unit = measure?.unit.text(language) ?? ""
            let decimals = measure?.decimals ?? 1
            let bound =
                option.beyondIsAbove
                ? text(.above) : text(.below)
            if compact {
                return text(
                    .measureChangeShort(
                        municipality: who, bound: bound, to: n.format(b, decimals: decimals), unit: unit, from: n.format(a, decimals: decimals)))
            }
            return text(
                .measureChange(
                    municipality: who, bound: bound, to: n.format(b, decimals: decimals), unit: unit, criterion: what,
                    from: n.format(a, decimals: decimals)))
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
                    text(
                        .travelTimeComputed(
                            criterion: Self.capitalized(criterionName(criterion.id)), count: evaluation.region.municipalities.count,
                            values: t.list(parts)))
                        + (estimate
                            ? " " + text(.travelTimesEstimated)
                            : ""))
            case let .hostedShareGap(basis):
                let shares = evaluation.candidates.compactMap { result -> String? in
                    guard case let .hostedShare(hosted, total, share, population)? = result.computed[criterion.id] else { return nil }
                    let amount = basis == .fte ? n.format(hosted, decimals: 1) : n.format(hosted, decimals: 0)
                    let of = basis == .fte ? n.format(total, decimals: 1) : n.format(total, decimals: 0)
                    return text(
                        .hostedShare(
                            municipality: result.municipality.name, amount: amount, total: of, share: n.percent(100 * share),
                            population: n.percent(100 * population)))
                }
                let what =
                    basis == .fte
                    ? text(.fteWithKnownHost)
                    : text(.arrangementsWithKnownHost)
                sentences.append(
                    text(
                        .hostedShareGapComputed(
                            criterion: Self.capitalized(criterionName(criterion.id)), hosting: what, shares: shares.joined(separator: "; "),
                            values: t.list(parts))))
            }
        }
        return sentences
    }

    func interests() -> [String] {
        let declared = evaluation.case.interests
        guard !declared.isEmpty else { return [] }
        var sentences = declared.map { interest -> String in
            var sentence = interest.person
            if let role = interest.role { sentence += " (" + role.text(language) + ")" }
            sentence += ": " + interest.description.text(language)
            switch interest.excluded {
            case true?:
                sentence += " " + text(.stepsAside)
            case false?:
                sentence += " " + text(.notDisqualified)
            case nil:
                sentence += " " + text(.disqualificationUndecided)
            }
            if let decision = interest.decision { sentence += " (" + decision + ")" }
            return sentence
        }
        sentences.append(
            text(.disqualificationDecidedByBody))
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
                text(.templateWeights)
            ]
        }
        var sentences: [String] = []
        for change in weights.changes {
            let from = n.percent(100 * weights.templateFraction(change.criterion))
            let to = n.percent(100 * weights.fraction(change.criterion))
            let what = criterionName(change.criterion)
            // Both ends with the same decimals: none when both are whole points.
            let whole = [change.templatePoints, change.points].allSatisfy { $0 == $0.rounded() }
            let decimals = whole ? 0 : 1
            let points = "\(n.format(change.templatePoints, decimals: decimals)) → \(n.format(change.points, decimals: decimals))"
            switch change.origin {
            case let .caseOverride(reason):
                sentences.append(
                    text(.caseChangesWeight(criterion: what, from: from, to: to, points: points, reason: reason.text(language))))
            case let .scenario(title, reason):
                sentences.append(
                    text(
                        .scenarioChangesWeight(
                            scenario: title.text(language), criterion: what, from: from, to: to, points: points, reason: reason.text(language))))
            case .adjustment:
                sentences.append(
                    text(.runChangesWeight(criterion: what, from: from, to: to, points: points)))
            }
        }
        sentences.append(
            text(.weightsRescaled))
        return sentences
    }
}

extension ScoreSwap.Option {
    /// The option in words: "Sogndal frå nivå 3 til 5 på kontinuitet for tilsette", or for a
    /// measure "Luster frå 56,9 til under 45,2 minutt på reisetid".
    ///
    /// With `compact`, the criterion is left out (for a table row that names it already).
    public func text(criterion: Criterion.ID, in evaluation: Evaluation, language: Language, compact: Bool = false) -> String {
        ExplanationWriter(evaluation: evaluation, language: language).describe(self, criterion: criterion, compact: compact)
    }
}
