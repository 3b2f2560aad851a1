/// The robustness analysis in words; every number comes from a `CaseRobustness`.
public struct RobustnessExplanation: Sendable {
    /// The sentences, in order.
    public var sentences: [String]
    /// The sentences on confidence factors (also in `sentences`), which a compact report
    /// leaves out.
    public var confidence: [String]
    /// A warning for the top of a report when the first-ranked candidate is first in
    /// fewer than half of the draws; nil otherwise.
    public var warning: String?

    /// Writes the explanation of `robustness` in `language`.
    public init(_ robustness: CaseRobustness, language: Language) {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        let evaluation = robustness.evaluation
        let result = robustness.result
        func name(_ id: Municipality.ID) -> String { evaluation.region.name(of: id) }
        func text(_ key: RobustnessExplanationText) -> String { key.text(in: language) }
        func criterion(_ id: Criterion.ID) -> String {
            evaluation.template.criterion(id).map { ExplanationWriter.inline($0.name.text(language)) } ?? id.rawValue
        }
        var sentences: [String] = []
        let space: String
        switch robustness.uncertainty {
        case .exact:
            space = text(.templateWeightsSpace)
        case let .spread(spread):
            let percent = n.format(100 * spread, decimals: 0) + "\u{00A0}%"
            space = text(.spreadSpace(percent: percent))
        case .ordinal:
            space = text(.ordinalSpace)
        case .noInformation:
            space = text(.allWeightsSpace)
        }
        let shares = robustness.municipalities.enumerated()
            .map { (id: $1, first: result.rankAcceptability[$0].first ?? 0) }
            .sorted { $0.first > $1.first }
        if let top = shares.first {
            let others = shares.dropFirst().filter { $0.first >= 0.0005 }
                .map { text(.shareOfDraws(municipality: name($0.id), share: n.percent(100 * $0.first, decimals: 0))) }
            var sentence = text(.bestIn(leader: name(top.id), share: n.percent(100 * top.first, decimals: 0), space: space))
            if robustness.scoresUncertain {
                sentence += text(.scoresVaryToo)
            }
            sentence += others.isEmpty ? "." : "; " + t.list(others) + "."
            sentences.append(sentence)
        }
        // What moves the result, when both weights and scores are uncertain.
        let attribution = robustness.attribution
        if let attribution, let leader = evaluation.ranked.first?.municipality.id,
            let index = robustness.municipalities.firstIndex(of: leader)
        {
            let byWeights = n.percent(100 * attribution.weightsOnly[index], decimals: 0)
            let byScores = n.percent(100 * attribution.scoresOnly[index], decimals: 0)
            let who = name(leader)
            switch attribution.source {
            case .scores: sentences.append(text(.movedByScores(leader: who, scoresOnly: byScores, weightsOnly: byWeights)))
            case .weights: sentences.append(text(.movedByWeights(leader: who, weightsOnly: byWeights, scoresOnly: byScores)))
            case .both: sentences.append(text(.movedByBoth(leader: who, weightsOnly: byWeights, scoresOnly: byScores)))
            case .neither: sentences.append(text(.movedByNeither(leader: who, weightsOnly: byWeights, scoresOnly: byScores)))
            }
            if attribution.source == .scores || attribution.source == .both {
                // The ranges that lie off their scores, per candidate in the order found.
                var order: [Municipality.ID] = []
                var byCandidate: [Municipality.ID: [String]] = [:]
                for skew in attribution.skews {
                    if byCandidate[skew.municipality] == nil { order.append(skew.municipality) }
                    byCandidate[skew.municipality, default: []].append(criterion(skew.criterion))
                }
                for id in order {
                    let names = byCandidate[id] ?? []
                    sentences.append(
                        text(
                            id == leader
                                ? .rangesBelow(municipality: name(id), criteria: names) : .rangesAbove(municipality: name(id), criteria: names)))
                }
            }
        }
        if let sensitive = robustness.mostSensitiveCriterion {
            sentences.append(
                text(
                    attribution?.source == .scores
                        ? .mostSensitiveOfWeights(criterion: criterion(sensitive)) : .mostSensitive(criterion: criterion(sensitive))))
        }
        var confidenceSentences: [String] = []
        for (index, id) in robustness.municipalities.enumerated() {
            guard let confidence = result.confidence[index], (result.rankAcceptability[index].first ?? 0) > 0.005 else { continue }
            if robustness.scoresUncertain {
                confidenceSentences.append(
                    text(.confidence(municipality: name(id), confidence: n.percent(100 * confidence, decimals: 0))))
            }
        }
        self.confidence = confidenceSentences
        sentences += confidenceSentences
        let error = result.rankStandardError.flatMap { $0 }.max() ?? 0
        sentences.append(
            text(
                .samplesAndError(
                    samples: n.format(result.samples), seed: result.seed, error: n.format(100 * error, decimals: 2),
                    interval: n.format(196 * error, decimals: 2))))
        if let reason = robustness.reason {
            sentences.append(
                text(.ownUncertaintyPrefix) + reason.text(language))
        }
        self.sentences = sentences
        if let leader = evaluation.ranked.first?.municipality.id, let index = robustness.municipalities.firstIndex(of: leader),
            let share = result.rankAcceptability[index].first, share < 0.5,
            let top = shares.first, top.id != leader
        {
            warning = text(.notRobust(ranked: name(leader), leader: name(top.id), share: n.percent(100 * top.first, decimals: 0)))
        } else {
            warning = nil
        }
    }
}
