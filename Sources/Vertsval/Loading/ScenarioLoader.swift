/// Reads a scenario (`kind: scenario`) and checks it against its case's template.
struct ScenarioLoader {
    let log: DiagnosticLog

    static let topKeys = ["kind", "id", "title", "case", "reason", "weights", "scores", "created"]
    static let scoreKeys = ["level", "value", "reason"]

    /// The scenario, checked against the case's template and candidates (when they loaded).
    func load(_ root: YAMLValue, template: Template?, candidates: [Municipality.ID]? = nil) -> Scenario? {
        guard let map = root.mapping(allowed: Self.topKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let title = map.required("title")?.localizedText()
        let reference = map.required("case")?.nonEmptyString()
        let reason = map.required("reason")?.localizedText()
        let created = map.optional("created")?.date()
        var weights: [(criterion: Criterion.ID, points: Double)] = []
        // Weights, scores or both; at least one change.
        let weightsNode = map.optional("scores") == nil ? map.required("weights") : map.optional("weights")
        if let entries = weightsNode?.entries() {
            if entries.isEmpty, map.optional("scores") == nil {
                log.error(.tooFewEntries(minimum: 1, found: 0), at: map.keyLocation("weights"))
            }
            let known = template?.criteria.map(\.id.rawValue)
            let keyed = entries.map(\.key)
            for (criterion, location, value) in entries {
                if let known, !known.contains(criterion) {
                    let open = known.filter { !keyed.contains($0) }
                    log.error(
                        .unknownReference(kind: .criterion, id: criterion, suggestion: Suggestion.closest(to: criterion, in: open)),
                        at: location)
                    continue
                }
                if let points = TemplateLoader(log: log).readWeight(value) { weights.append((Criterion.ID(criterion), points)) }
            }
        }
        let scores = map.optional("scores").map { readScores($0, template: template, candidates: candidates) } ?? []
        guard let id, let title, let reference, let reason else { return nil }
        var scenario = Scenario(id: id, title: title, caseReference: reference, reason: reason, weights: weights, created: created)
        scenario.scores = scores
        return scenario
    }

    /// `scores:` — candidate → criterion → `{ level: 3, reason: … }` (`value:` for a measure).
    private func readScores(_ node: YAMLValue, template: Template?, candidates: [Municipality.ID]?) -> [ScenarioScore] {
        var scores: [ScenarioScore] = []
        guard let byCandidate = node.entries() else { return [] }
        let candidateIDs = candidates?.map(\.rawValue)
        let criteria = template?.handScored
        for (candidate, candidateLocation, entries) in byCandidate {
            if let candidateIDs, !candidateIDs.contains(candidate) {
                log.error(
                    .unknownReference(kind: .candidate, id: candidate, suggestion: Suggestion.closest(to: candidate, in: candidateIDs)),
                    at: candidateLocation)
                continue
            }
            guard let list = entries.entries() else { continue }
            for (id, location, value) in list {
                let criterion = criteria?.first { $0.id.rawValue == id }
                if let criteria, criterion == nil {
                    let valid = criteria.map(\.id.rawValue)
                    log.error(.unknownReference(kind: .criterion, id: id, suggestion: Suggestion.closest(to: id, in: valid)), at: location)
                    continue
                }
                guard let entry = value.mapping(allowed: Self.scoreKeys) else { continue }
                let reason = entry.required("reason")?.localizedText()
                var score: ScoreValue?
                if let scale = criterion?.scale {
                    if entry.optional("level") == nil, entry.optional("value") != nil {
                        log.error(.scoreKindMismatch(criterion: id, expected: .level), at: entry.keyLocation("value"))
                        continue
                    }
                    if let levelNode = entry.required("level"), let level = levelNode.integer() {
                        if scale.levelNumbers.contains(level) {
                            score = .level(level)
                        } else {
                            log.error(.levelOutOfScale(level: level, levels: scale.levelNumbers), at: levelNode.location)
                        }
                    }
                } else {
                    if entry.optional("value") == nil, entry.optional("level") != nil {
                        log.error(.scoreKindMismatch(criterion: id, expected: .measure), at: entry.keyLocation("level"))
                        continue
                    }
                    score = entry.required("value")?.finiteNumber().map(ScoreValue.measure)
                }
                if let score, let reason {
                    scores.append(ScenarioScore(municipality: Municipality.ID(candidate), criterion: Criterion.ID(id), value: score, reason: reason))
                }
            }
        }
        return scores
    }
}
