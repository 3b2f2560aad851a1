/// Explicit encoding so that absent values are written as `null` instead of being left
/// out: a consumer can rely on every documented key being present.
extension EvaluationJSON {
    enum CodingKeys: String, CodingKey {
        case schema, provenance, language, `case`, template, weightsChanged, weights, templateWeights, weightPoints, criteria, candidates
        case leader, runnerUp, margin, marginByCriterion, leaderDominates, swaps, explanation, warnings, notices, members
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(language, forKey: .language)
        try c.encode(`case`, forKey: .case)
        try c.encode(template, forKey: .template)
        try c.encode(weightsChanged, forKey: .weightsChanged)
        try c.encode(weights, forKey: .weights)
        try c.encode(templateWeights, forKey: .templateWeights)
        try c.encode(weightPoints, forKey: .weightPoints)
        try c.encode(criteria, forKey: .criteria)
        try c.encode(candidates, forKey: .candidates)
        try c.encode(leader, forKey: .leader)
        try c.encode(runnerUp, forKey: .runnerUp)
        try c.encode(margin, forKey: .margin)
        try c.encode(marginByCriterion, forKey: .marginByCriterion)
        try c.encode(leaderDominates, forKey: .leaderDominates)
        try c.encode(swaps, forKey: .swaps)
        try c.encode(explanation, forKey: .explanation)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(notices, forKey: .notices)
        try c.encode(members, forKey: .members)
    }
}

extension EvaluationJSON.CaseInfo {
    enum CodingKeys: String, CodingKey { case id, title, illustrative, meetingDate }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(illustrative, forKey: .illustrative)
        try c.encode(meetingDate, forKey: .meetingDate)
    }
}

extension EvaluationJSON.CriterionInfo {
    enum CodingKeys: String, CodingKey { case id, name, group, kind, computed, levels }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(group, forKey: .group)
        try c.encode(kind, forKey: .kind)
        try c.encode(computed, forKey: .computed)
        try c.encode(levels, forKey: .levels)
    }
}

extension EvaluationJSON.CandidateInfo {
    enum CodingKeys: String, CodingKey {
        case municipality, name, total, rank, excluded, exclusionReasons, contributions, values, scores
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(municipality, forKey: .municipality)
        try c.encode(name, forKey: .name)
        try c.encode(total, forKey: .total)
        try c.encode(rank, forKey: .rank)
        try c.encode(excluded, forKey: .excluded)
        try c.encode(exclusionReasons, forKey: .exclusionReasons)
        try c.encode(contributions, forKey: .contributions)
        try c.encode(values, forKey: .values)
        try c.encode(scores, forKey: .scores)
    }
}

extension EvaluationJSON.Swap {
    enum CodingKeys: String, CodingKey {
        case criterion, weightNow, weightAtSwap, leaderScoreAtSwap, runnerUpScoreAtSwap, computed
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(criterion, forKey: .criterion)
        try c.encode(weightNow, forKey: .weightNow)
        try c.encode(weightAtSwap, forKey: .weightAtSwap)
        try c.encode(leaderScoreAtSwap, forKey: .leaderScoreAtSwap)
        try c.encode(runnerUpScoreAtSwap, forKey: .runnerUpScoreAtSwap)
        try c.encode(computed, forKey: .computed)
    }
}
