/// Reads a scenario (`kind: scenario`) and checks it against its case's template.
struct ScenarioLoader {
    let log: DiagnosticLog

    static let topKeys = ["kind", "id", "title", "case", "reason", "weights", "created"]

    func load(_ root: YAMLValue, template: Template?) -> Scenario? {
        guard let map = root.mapping(allowed: Self.topKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let title = map.required("title")?.localizedText()
        let reference = map.required("case")?.nonEmptyString()
        let reason = map.required("reason")?.localizedText()
        let created = map.optional("created")?.date()
        var weights: [(criterion: Criterion.ID, points: Double)] = []
        if let entries = map.required("weights")?.entries() {
            if entries.isEmpty { log.error(.tooFewEntries(minimum: 1, found: 0), at: map.keyLocation("weights")) }
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
        guard let id, let title, let reference, let reason else { return nil }
        return Scenario(id: id, title: title, caseReference: reference, reason: reason, weights: weights, created: created)
    }
}
