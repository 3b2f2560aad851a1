/// Reads a member's judgement (`kind: judgement`) and checks it against the case's template
/// and region.
///
/// ```yaml
/// kind: judgement
/// member: Kari Nordmann
/// municipality: luster            # an id of the region file
/// role: { nn: styremedlem for Luster }
/// template: vertskommune-2025     # the template id the judgement was given against
/// date: 2026-02-10
/// method: rank                    # rank | swing | pairwise
/// rule: centroid                  # rank only: centroid (default) | sum | reciprocal
/// ranks: { fagmiljo: 1, kostnad: 2, … }           # rank: 1 most important, ties allowed
/// points: { fagmiljo: 100, kostnad: 60, … }       # swing: the most important 100
/// pairs:                                          # pairwise: the upper triangle
///   fagmiljo: { rekruttering: 3, reisetid: 1/2, … }
/// ```
///
/// **Pairwise comparisons: the upper triangle only.** Each pair is written once, under the
/// criterion that comes first in the template: `a: { b: 3 }` says a is 3 times as important
/// as b, `a: { b: 1/3 }` that b is 3 times as important as a. The lower triangle follows
/// (aⱼᵢ = 1/aᵢⱼ) and is never written; a pair under the later criterion is refused with the
/// way to write it. Every criterion of the template must have a rank, points, or all its
/// pairs.
struct JudgementLoader {
    let log: DiagnosticLog

    static let topKeys = [
        "kind", "member", "municipality", "role", "template", "date", "note", "illustrative", "assessor", "method", "rule", "ranks",
        "points", "pairs",
    ]
    static let inputKeys: [(Judgement.Kind, String)] = [(.rank, "ranks"), (.swing, "points"), (.pairwise, "pairs")]

    /// The judgement, or nil when it has errors. Without a template (a judgement checked
    /// on its own) the criteria are those the file names, in its order.
    func load(_ root: YAMLValue, template: Template?, municipalities: [Municipality.ID]?, path: String) -> Judgement? {
        guard let map = root.mapping(allowed: Self.topKeys) else { return nil }
        let member = map.required("member")?.nonEmptyString()
        var municipality: Municipality.ID?
        if let node = map.required("municipality") {
            municipality = municipalities.map { node.reference(to: .municipality, in: $0) } ?? node.uncheckedReference()
        }
        let role = map.optional("role")?.localizedText()
        let templateID = map.required("template")?.identifier()
        if let templateID, let template, templateID != template.id {
            log.error(.judgement(.templateMismatch(judgement: templateID, case: template.id)), at: map.keyLocation("template"))
        }
        let date = map.optional("date")?.date()
        let note = map.optional("note")?.localizedText()
        let illustrative = map.optional("illustrative")?.bool() ?? false
        let assessor = map.optional("assessor")?.identifier().map(Assessor.ID.init(rawValue:))
        let kind = map.required("method")?.enumValue(Judgement.Kind.self, kind: .method)

        var method: Judgement.Method?
        var criteria: [Criterion.ID] = template?.criteria.map(\.id) ?? []
        if let kind {
            for (other, key) in Self.inputKeys where other != kind && map.contains(key) {
                log.error(
                    .judgement(.inputOfOtherMethod(key: key, method: kind, expected: JudgementProblem.inputKey(kind))), at: map.keyLocation(key))
            }
            if kind != .rank, map.contains("rule") {
                log.error(.judgement(.ruleNeedsRank(method: kind)), at: map.keyLocation("rule"))
            }
            let known = template?.criteria.map(\.id.rawValue)
            switch kind {
            case .rank:
                var rule: RankOrderRule? = .centroid
                if let node = map.optional("rule") { rule = node.enumValue(RankOrderRule.self, kind: .rankRule) }
                if let node = map.required("ranks"),
                    let values = readPerCriterion(node, known: known, method: .rank, read: { $0.integer(in: 1...1000).map(Double.init) })
                {
                    criteria = values.criteria
                    if let rule { method = .rank(ranks: values.values.map { Int($0) }, rule: rule) }
                }
            case .swing:
                if let node = map.required("points"),
                    let values = readPerCriterion(node, known: known, method: .swing, read: { $0.finiteNumber(minimum: 0, maximum: 100) })
                {
                    criteria = values.criteria
                    let highest = values.values.max() ?? 0
                    if highest != SwingWeighting.topPoints {
                        log.error(.judgement(.swingTopNot100(highest: highest)), at: map.keyLocation("points"))
                    } else {
                        method = .swing(points: values.values)
                    }
                }
            case .pairwise:
                if let node = map.required("pairs"), let read = readPairs(node, known: known) {
                    criteria = read.criteria
                    method = .pairwise(upperTriangle: read.upper)
                }
            }
        }
        guard let member, let municipality, let templateID, let method, !log.hasErrors else { return nil }
        return Judgement(
            member: member, municipality: municipality, role: role, template: templateID, criteria: criteria, method: method, date: date,
            note: note, illustrative: illustrative, assessor: assessor, path: path)
    }

    /// One number per criterion: every criterion of the template (or, without one, those
    /// named) in template order.
    private func readPerCriterion(
        _ node: YAMLValue, known: [String]?, method: Judgement.Kind, read: (YAMLValue) -> Double?
    ) -> (criteria: [Criterion.ID], values: [Double])? {
        guard let entries = node.entries() else { return nil }
        var values: [String: Double] = [:]
        var order: [String] = []
        var failed = false
        for (key, location, value) in entries {
            if let known, !known.contains(key) {
                log.error(.unknownReference(kind: .criterion, id: key, suggestion: Suggestion.closest(to: key, in: known)), at: location)
                failed = true
                continue
            }
            guard let number = read(value) else {
                failed = true
                continue
            }
            values[key] = number
            order.append(key)
        }
        let ids = known ?? order
        let written = Set(entries.map(\.key))
        let missing = ids.filter { values[$0] == nil && !written.contains($0) }
        if !missing.isEmpty {
            log.error(.judgement(.criteriaMissing(method: method, criteria: missing)), at: node.location)
            return nil
        }
        guard !failed else { return nil }
        return (ids.map(Criterion.ID.init(rawValue:)), ids.map { values[$0] ?? 0 })
    }

    /// The upper triangle of the pairwise matrix in template order.
    private func readPairs(_ node: YAMLValue, known: [String]?) -> (criteria: [Criterion.ID], upper: [[SaatyValue]])? {
        guard let rows = node.entries() else { return nil }
        var order: [String] = known ?? []
        var given: [String: [String: SaatyValue]] = [:]
        var failed = false
        func index(_ id: String) -> Int? { order.firstIndex(of: id) }
        for (first, firstLocation, row) in rows {
            if let known, !known.contains(first) {
                log.error(.unknownReference(kind: .criterion, id: first, suggestion: Suggestion.closest(to: first, in: known)), at: firstLocation)
                failed = true
                continue
            }
            if known == nil, index(first) == nil { order.append(first) }
            guard let cells = row.entries() else {
                failed = true
                continue
            }
            for (second, secondLocation, cell) in cells {
                if let known, !known.contains(second) {
                    log.error(
                        .unknownReference(kind: .criterion, id: second, suggestion: Suggestion.closest(to: second, in: known)), at: secondLocation)
                    failed = true
                    continue
                }
                if known == nil, index(second) == nil { order.append(second) }
                guard let text = cell.node.scalar, let value = SaatyValue(text: text) else {
                    log.error(.judgement(.notOnSaatyScale(found: cell.display)), at: cell.location)
                    failed = true
                    continue
                }
                if first == second {
                    log.error(.judgement(.pairWithItself(criterion: first)), at: secondLocation)
                    failed = true
                    continue
                }
                if let i = index(first), let j = index(second), i > j {
                    log.error(
                        .judgement(.pairReversed(first: second, second: first, reciprocal: value.reciprocal.description)), at: secondLocation)
                    failed = true
                    continue
                }
                given[first, default: [:]][second] = value
            }
        }
        guard !failed else { return nil }
        var missing: [String] = []
        var upper: [[SaatyValue]] = []
        for i in order.indices {
            var row: [SaatyValue] = []
            for j in (i + 1)..<max(i + 1, order.count) {
                if let value = given[order[i]]?[order[j]] {
                    row.append(value)
                } else {
                    missing.append(order[i] + "–" + order[j])
                }
            }
            upper.append(row)
        }
        if !missing.isEmpty {
            log.error(.judgement(.pairsMissing(pairs: missing)), at: node.location)
            return nil
        }
        return (order.map(Criterion.ID.init(rawValue:)), upper)
    }
}
