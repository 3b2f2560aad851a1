/// Reads a case file (`kind: case`) and checks it against its template and region.
struct CaseLoader {
    let log: DiagnosticLog

    static let topKeys = [
        "kind", "id", "title", "template", "region", "illustrative", "notice", "service", "meeting", "candidates",
        "scores", "weightOverrides", "costKey", "uncertainty", "interests", "judgements",
    ]
    static let serviceKeys = ["name", "fte", "budget", "budgetYear", "start", "overheadCriterion"]
    /// The range an overhead (percent of the service budget) must lie in.
    static let overheadRange: ClosedRange<Double> = 0...100
    static let meetingKeys = ["body", "date", "caseNumber"]
    static let candidateKeys = ["municipality", "willing", "source"]
    static let scoreKeys = ["level", "value", "low", "high", "why", "source", "assessors"]
    static let overrideKeys = ["criterion", "weight", "reason"]
    static let assessorKeys = ["level", "value", "why", "source"]

    func load(_ root: YAMLValue, template: Template?, region: Region?) -> Case? {
        guard let map = root.mapping(allowed: Self.topKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let title = map.required("title")?.localizedText()
        let templateReference = map.required("template")?.nonEmptyString()
        let regionReference = map.required("region")?.nonEmptyString()
        let illustrative = map.optional("illustrative")?.bool() ?? false
        let notice = map.optional("notice")?.localizedText()
        let service = map.required("service").flatMap { readService($0, template: template) }
        let overhead = service?.overheadCriterion
        let meeting = map.optional("meeting").flatMap(readMeeting)
        let municipalityIDs = region?.municipalities.map(\.id)

        var candidates: [Candidate] = []
        var written: [String] = []
        var failed = false
        if let list = map.required("candidates")?.list() {
            if list.isEmpty { log.error(.tooFewEntries(minimum: 1, found: 0), at: map.keyLocation("candidates")) }
            let listed = list.compactMap { $0.node["municipality"]?.scalar }
            for entry in list {
                if let id = entry.node["municipality"]?.scalar { written.append(id) }
                // A typo is matched against the municipalities not listed already.
                let open = municipalityIDs?.filter { !listed.contains($0.rawValue) }
                guard let candidate = readCandidate(entry, municipalities: municipalityIDs, open: open, template: template) else {
                    failed = true
                    continue
                }
                if candidates.contains(where: { $0.municipality == candidate.municipality }) {
                    log.error(.duplicateCandidate(municipality: candidate.municipality.rawValue), at: entry.location)
                    continue
                }
                candidates.append(candidate)
            }
            if candidates.count == 1, !failed { log.warning(.singleCandidate, at: map.keyLocation("candidates")) }
        }

        var scores: [Score] = []
        if let node = map.required("scores") {
            scores = readScores(node, candidates: candidates, written: written, template: template, overhead: overhead)
        }

        var overrides: [WeightOverride] = []
        if let list = map.optional("weightOverrides")?.list() {
            var first: [Criterion.ID: Int] = [:]
            let listed = list.compactMap { $0.node["criterion"]?.scalar }
            for entry in list {
                guard let override = readOverride(entry, template: template, listed: listed) else { continue }
                if let line = first[override.criterion] {
                    // Two overrides for one criterion: which is meant cannot be guessed.
                    log.error(.duplicateOverride(criterion: override.criterion.rawValue, firstLine: line), at: entry.location)
                    continue
                }
                first[override.criterion] = entry.location.line
                overrides.append(override)
            }
        }
        let costKey = municipalityIDs.flatMap { ids in map.optional("costKey")?.costKey(municipalities: ids) }

        var uncertainty: UncertaintyOverride?
        if let node = map.optional("uncertainty"), let block = node.mapping(allowed: ["weights", "reason"]) {
            let weights = block.required("weights")?.weightUncertainty()
            let reason = block.optional("reason")?.localizedText()
            if reason == nil { log.error(.missingKey(key: "reason"), at: node.location) }
            if let weights, let reason { uncertainty = UncertaintyOverride(weights: weights, reason: reason) }
        }
        var interests: [DeclaredInterest] = []
        if let list = map.optional("interests")?.list() {
            for entry in list {
                guard let item = entry.mapping(allowed: ["person", "role", "municipality", "interest", "excluded", "decision"]) else { continue }
                let person = item.required("person")?.nonEmptyString()
                let role = item.optional("role")?.localizedText()
                let municipality = item.optional("municipality").flatMap { node in
                    municipalityIDs.map { node.reference(to: .municipality, in: $0) } ?? node.uncheckedReference()
                }
                let description = item.required("interest")?.localizedText()
                let excluded = item.optional("excluded")?.bool()
                let decision = item.optional("decision")?.nonEmptyString()
                if let person, let description {
                    interests.append(
                        DeclaredInterest(
                            person: person, role: role, municipality: municipality, description: description, excluded: excluded,
                            decision: decision))
                }
            }
        }
        guard let id, let title, let templateReference, let regionReference, let service else { return nil }
        var result = Case(
            id: id, title: title, templateReference: templateReference, regionReference: regionReference,
            service: service, meeting: meeting, notice: notice, illustrative: illustrative, candidates: candidates,
            scores: scores, weightOverrides: overrides, costKey: costKey, uncertainty: uncertainty)
        result.interests = interests
        return result
    }

    private func readService(_ value: YAMLValue, template: Template?) -> ServiceFacts? {
        guard let map = value.mapping(allowed: Self.serviceKeys) else { return nil }
        let name = map.required("name")?.localizedText()
        let fte = map.optional("fte")?.finiteNumber(minimum: 0, maximum: 100_000)
        let budget = map.optional("budget")?.finiteNumber(minimum: 0)
        let budgetYear = map.optional("budgetYear")?.integer(in: 1900...2200)
        let start = map.optional("start")?.date()
        let overhead = readOverheadCriterion(map, budget: budget, template: template)
        guard let name else { return nil }
        return ServiceFacts(name: name, fte: fte, budget: budget, budgetYear: budgetYear, start: start, overheadCriterion: overhead)
    }

    /// `service.overheadCriterion`: a hand-scored measure in the template whose values are
    /// the candidates' overheads in percent of `budget`, which must be given. Without a
    /// template the reference cannot be checked and is kept as written.
    private func readOverheadCriterion(_ map: MappingReader, budget: Double?, template: Template?) -> Criterion.ID? {
        guard let node = map.optional("overheadCriterion") else { return nil }
        guard let template else { return node.uncheckedReference() }
        guard let id = node.reference(to: .criterion, in: template.criteria.map(\.id.rawValue)) else { return nil }
        guard let criterion = template.criterion(Criterion.ID(id)), criterion.measure != nil, criterion.computed == nil else {
            log.error(.overheadCriterionKind(criterion: id), at: node.location)
            return nil
        }
        if budget == nil, !map.contains("budget") {
            log.error(.overheadNeedsBudget(criterion: id), at: map.keyLocation("overheadCriterion"))
            return nil
        }
        return Criterion.ID(id)
    }

    private func readMeeting(_ value: YAMLValue) -> Meeting? {
        guard let map = value.mapping(allowed: Self.meetingKeys) else { return nil }
        let body = map.required("body")?.localizedText()
        let date = map.required("date")?.date()
        let caseNumber = map.optional("caseNumber")?.nonEmptyString()
        guard let body, let date else { return nil }
        return Meeting(body: body, date: date, caseNumber: caseNumber)
    }

    /// A candidate; `open` are the municipalities a typo may be meant as (those not listed
    /// already). A `willing:` written but left empty is left to fill in when the template
    /// has a willingness rule.
    private func readCandidate(_ value: YAMLValue, municipalities: [Municipality.ID]?, open: [Municipality.ID]?, template: Template?)
        -> Candidate?
    {
        guard let map = value.mapping(allowed: Self.candidateKeys) else { return nil }
        var id: Municipality.ID?
        if let node = map.required("municipality") {
            if let municipalities, let open {
                id = node.reference(to: .municipality, in: municipalities, suggestingFrom: open)
            } else {
                id = node.uncheckedReference()
            }
        }
        let willing = map.optional("willing")?.bool()
        let source = map.optional("source")?.nonEmptyString()
        guard let id else { return nil }
        if willing == nil, map.contains("willing"), template?.asksWillingness == true {
            log.warning(.willingnessNotStated(municipality: id.rawValue), at: map.keyLocation("willing"))
        }
        return Candidate(municipality: id, willing: willing, willingnessSource: source)
    }

    /// Scores by candidate; `written` holds every candidate id as written, so that a
    /// candidate rejected for another reason does not make its scores look unknown too.
    ///
    /// A score not filled in yet (no level or value, or no rationale) is a warning: the case
    /// is valid but unfinished. A mistyped key is matched only against what fits there and
    /// is not used already: candidates without scores, criteria scored by hand that this
    /// candidate has no entry for. A value on `overhead` (the service's overhead criterion)
    /// must lie in `overheadRange`.
    private func readScores(
        _ value: YAMLValue, candidates: [Candidate], written: [String], template: Template?, overhead: Criterion.ID?
    ) -> [Score] {
        guard let byCandidate = value.entries() else { return [] }
        var scores: [Score] = []
        let candidateIDs = candidates.map(\.municipality)
        let keyed = byCandidate.map(\.key)
        var seenCandidates: Set<Municipality.ID> = []
        for (key, keyLocation, criteriaNode) in byCandidate {
            let municipality = Municipality.ID(key)
            guard candidateIDs.contains(municipality) else {
                if written.contains(key) { continue }
                let open = written.filter { !keyed.contains($0) }
                log.error(
                    .unknownReference(kind: .candidate, id: key, suggestion: Suggestion.closest(to: key, in: open)),
                    at: keyLocation)
                continue
            }
            seenCandidates.insert(municipality)
            guard let entries = criteriaNode.entries() else { continue }
            let criterionKeys = entries.map(\.key)
            var given: Set<Criterion.ID> = []
            for (criterionID, criterionLocation, scoreNode) in entries {
                guard let template else {
                    if case .scored(let score) = readScore(scoreNode, municipality: municipality, criterion: nil, id: criterionID) {
                        scores.append(score)
                    }
                    continue
                }
                guard let criterion = template.criterion(Criterion.ID(criterionID)) else {
                    let open = template.handScored.map(\.id.rawValue).filter { !criterionKeys.contains($0) }
                    log.error(
                        .unknownReference(kind: .criterion, id: criterionID, suggestion: Suggestion.closest(to: criterionID, in: open)),
                        at: criterionLocation)
                    continue
                }
                given.insert(criterion.id)
                if criterion.computed != nil {
                    log.error(.scoreForComputedCriterion(criterion: criterionID), at: criterionLocation)
                    continue
                }
                switch readScore(scoreNode, municipality: municipality, criterion: criterion, id: criterionID) {
                case .scored(let score):
                    if criterion.id == overhead, !Self.overheadRange.contains(score.value.number) {
                        let location = scoreNode.entries()?.first { $0.key == "value" }?.value.location ?? scoreNode.location
                        log.error(.overheadOutOfRange(municipality: key, criterion: criterionID, value: score.value.number), at: location)
                        continue
                    }
                    scores.append(score)
                case .unscored:
                    log.warning(.missingScore(municipality: key, criterion: criterionID, expected: criterion.expected), at: criterionLocation)
                case .withoutRationale:
                    log.warning(.missingRationale(municipality: key, criterion: criterionID), at: criterionLocation)
                case .invalid:
                    break
                }
            }
            if let template {
                for criterion in template.handScored where !given.contains(criterion.id) {
                    log.warning(
                        .missingScore(municipality: key, criterion: criterion.id.rawValue, expected: criterion.expected), at: keyLocation)
                }
            }
        }
        if let template {
            for candidate in candidateIDs where !seenCandidates.contains(candidate) {
                for criterion in template.handScored {
                    log.warning(
                        .missingScore(municipality: candidate.rawValue, criterion: criterion.id.rawValue, expected: criterion.expected),
                        at: value.location)
                }
            }
        }
        return scores
    }

    /// What one score entry holds.
    private enum ScoreEntry {
        /// A complete score.
        case scored(Score)
        /// No level or value yet.
        case unscored
        /// A level or value, but no rationale yet.
        case withoutRationale
        /// Something wrong, reported.
        case invalid
    }

    private func readScore(_ value: YAMLValue, municipality: Municipality.ID, criterion: Criterion?, id: String) -> ScoreEntry {
        guard let map = value.mapping(allowed: Self.scoreKeys) else { return .invalid }
        if map.optional("level") == nil, map.optional("value") == nil {
            return .unscored
        }
        let whyNode = map.optional("why")
        let why = whyNode.flatMap { $0.node.scalar?.trimmedSpaces.isEmpty == true ? nil : $0.localizedText() }
        let source = map.optional("source")?.nonEmptyString()
        var score: ScoreValue?
        var low: ScoreValue?
        var high: ScoreValue?
        switch criterion?.scoring {
        case let .scale(scale)?:
            if map.optional("value") != nil, map.optional("level") == nil {
                log.error(.scoreKindMismatch(criterion: id, expected: .level), at: map.keyLocation("value"))
                return .invalid
            }
            score = map.required("level").flatMap { readLevel($0, scale: scale) }
            low = map.optional("low").flatMap { readLevel($0, scale: scale) }
            high = map.optional("high").flatMap { readLevel($0, scale: scale) }
        case .measure?:
            if map.optional("level") != nil, map.optional("value") == nil {
                log.error(.scoreKindMismatch(criterion: id, expected: .measure), at: map.keyLocation("level"))
                return .invalid
            }
            score = map.required("value")?.finiteNumber().map(ScoreValue.measure)
            low = map.optional("low")?.finiteNumber().map(ScoreValue.measure)
            high = map.optional("high")?.finiteNumber().map(ScoreValue.measure)
        case nil:
            score = (map.optional("level") ?? map.optional("value"))?.finiteNumber().map(ScoreValue.measure)
        }
        if let score {
            let lo = low?.number ?? score.number
            let hi = high?.number ?? score.number
            if lo > score.number || hi < score.number {
                log.error(.uncertaintyOrder(low: lo, value: score.number, high: hi), at: value.location)
                return .invalid
            }
        }
        var assessors: [(assessor: Assessor.ID, value: ScoreValue)] = []
        if let entries = map.optional("assessors")?.entries() {
            for (name, _, entry) in entries {
                // An assessor's score is a level (or value), or a mapping with the level (or
                // value), why and source, as a score sheet writes it.
                var node = entry
                if entry.node.scalar == nil, let own = entry.mapping(allowed: Self.assessorKeys) {
                    guard let number = own.optional("level") ?? own.optional("value") else {
                        log.error(.missingKey(key: criterion?.expected == .measure ? "value" : "level"), at: entry.location)
                        continue
                    }
                    node = number
                }
                switch criterion?.scoring {
                case let .scale(scale)?:
                    if let level = readLevel(node, scale: scale) { assessors.append((Assessor.ID(name), level)) }
                default:
                    if let number = node.finiteNumber() { assessors.append((Assessor.ID(name), .measure(number))) }
                }
            }
        }
        guard let score else { return .invalid }
        guard let why else {
            // A text that is there but unusable (a control character) is reported as such.
            return whyNode == nil || whyNode?.node.scalar?.trimmedSpaces.isEmpty == true ? .withoutRationale : .invalid
        }
        var result = Score(municipality: municipality, criterion: Criterion.ID(id), value: score, low: low, high: high, why: why, source: source)
        result.assessors = assessors
        return .scored(result)
    }

    private func readLevel(_ value: YAMLValue, scale: OrdinalScale) -> ScoreValue? {
        guard let level = value.integer() else { return nil }
        guard scale.levelNumbers.contains(level) else {
            log.error(.levelOutOfScale(level: level, levels: scale.levelNumbers), at: value.location)
            return nil
        }
        return .level(level)
    }

    private func readOverride(_ value: YAMLValue, template: Template?, listed: [String]) -> WeightOverride? {
        guard let map = value.mapping(allowed: Self.overrideKeys) else { return nil }
        var criterion: String?
        if let node = map.required("criterion") {
            if let template {
                let ids = template.criteria.map(\.id.rawValue)
                criterion = node.reference(to: .criterion, in: ids, suggestingFrom: ids.filter { !listed.contains($0) })
            } else {
                criterion = node.string()
            }
        }
        let weight = map.required("weight").flatMap { TemplateLoader(log: log).readWeight($0) }
        var reason = map.optional("reason")?.localizedText()
        if reason == nil, !map.contains("reason") || map.optional("reason") == nil {
            log.error(.overrideWithoutReason(criterion: criterion ?? "?"), at: value.location)
            reason = nil
        }
        guard let criterion, let weight, let reason else { return nil }
        return WeightOverride(criterion: Criterion.ID(criterion), points: weight, reason: reason)
    }
}
