/// Readers for small value types that several file kinds share.
extension YAMLValue {
    /// One of a closed set of spellings; anything else is reported with the closest one.
    func enumValue<E: RawRepresentable & CaseIterable>(_ type: E.Type, kind: ReferenceKind) -> E?
    where E.RawValue == String {
        guard let text = string() else { return nil }
        if let result = E(rawValue: text) { return result }
        let known = E.allCases.map(\.rawValue)
        log.error(
            .unknownReference(kind: kind, id: text, suggestion: Suggestion.closest(to: text, in: known)),
            at: location)
        return nil
    }

    /// A decision reference: `{ body, date, caseNumber }`.
    func adoption() -> Adoption? {
        guard let map = mapping(allowed: ["body", "date", "caseNumber"]) else { return nil }
        let body = map.required("body")?.localizedText()
        let date = map.optional("date")?.date()
        let caseNumber = map.optional("caseNumber")?.nonEmptyString()
        guard let body else { return nil }
        return Adoption(body: body, date: date, caseNumber: caseNumber)
    }

    /// The string as a reference to an id of `Tag`, unchecked: for when the known ids are
    /// not available (the file they come from failed to load).
    func uncheckedReference<Tag>() -> Identifier<Tag>? { string().map(Identifier.init(rawValue:)) }

    /// A reference to a known id; unknown ids are reported with the closest known one.
    func reference<Tag>(to kind: ReferenceKind, in known: [Identifier<Tag>]) -> Identifier<Tag>? {
        reference(to: kind, in: known.rawValues()).map(Identifier.init(rawValue:))
    }

    /// The string, when it names one of `known`; otherwise logs an unknown reference with a
    /// suggestion from `open` (by default every known id) and returns nil.
    func reference(to kind: ReferenceKind, in known: [String], suggestingFrom open: [String]? = nil) -> String? {
        guard let id = string() else { return nil }
        guard known.contains(id) else {
            log.error(.unknownReference(kind: kind, id: id, suggestion: Suggestion.closest(to: id, in: open ?? known)), at: location)
            return nil
        }
        return id
    }

    /// A reference to a known id; an unknown id is reported with the closest of `open` (the
    /// ids that fit here and are not used already).
    func reference<Tag>(to kind: ReferenceKind, in known: [Identifier<Tag>], suggestingFrom open: [Identifier<Tag>]) -> Identifier<Tag>? {
        reference(to: kind, in: known.rawValues(), suggestingFrom: open.rawValues()).map(Identifier.init(rawValue:))
    }

    /// A cost key: `{ equal: 25, basis: population | custom, name, values, adoption }`,
    /// with `equal` in percent.
    func costKey(municipalities: [Municipality.ID]) -> CostKey? {
        guard let map = mapping(allowed: ["equal", "basis", "name", "values", "adoption"]) else { return nil }
        let equal = map.required("equal")?.finiteNumber(minimum: 0, maximum: 100)
        let adoption = map.optional("adoption")?.adoption()
        var basis: CostKey.Basis? = .population
        if let node = map.optional("basis"), let name = node.string() {
            switch name {
            case "population":
                basis = .population
            case "custom":
                basis = nil
                let label = map.required("name")?.localizedText()
                var values: [Municipality.ID: Double] = [:]
                if let entries = map.required("values")?.entries() {
                    let keyed = entries.map(\.key)
                    for (key, keyLocation, value) in entries {
                        let id = Municipality.ID(key)
                        guard municipalities.contains(id) else {
                            let open = municipalities.rawValues().filter { !keyed.contains($0) }
                            log.error(
                                .unknownReference(kind: .municipality, id: key, suggestion: Suggestion.closest(to: key, in: open)),
                                at: keyLocation)
                            continue
                        }
                        if let number = value.finiteNumber(minimum: 0) { values[id] = number }
                    }
                    for id in municipalities where values[id] == nil && !entries.contains(where: { $0.key == id.rawValue }) {
                        log.error(.missingKey(key: id.rawValue), at: map.keyLocation("values"))
                    }
                    if values.values.reduce(0, +) <= 0, !values.isEmpty {
                        log.error(.valueOutOfRange(value: 0, minimum: nil, maximum: nil), at: map.keyLocation("values"))
                    }
                }
                if let label, values.count == municipalities.count { basis = .custom(name: label, values: values) }
            default:
                log.error(
                    .unknownReference(kind: .basis, id: name, suggestion: Suggestion.closest(to: name, in: ["population", "custom"])),
                    at: node.location)
                basis = nil
            }
        }
        guard let equal, let basis else { return nil }
        return CostKey(equalShare: equal / 100, basis: basis, adoption: adoption)
    }

    /// Weight uncertainty: `{ spread: 20 }` (±20 %), `{ kind: ordinal }` or
    /// `{ kind: none }` (no information) or `{ kind: exact }`.
    func weightUncertainty() -> WeightUncertainty? {
        guard let map = mapping(allowed: ["spread", "kind"]) else { return nil }
        switch (map.optional("spread"), map.optional("kind")) {
        case let (spread?, nil):
            return spread.finiteNumber(minimum: 0, maximum: 100).map { .spread($0 / 100) }
        case let (nil, kind?):
            guard let text = kind.string() else { return nil }
            let known = ["exact", "ordinal", "none"]
            switch text {
            case "exact": return .exact
            case "ordinal": return .ordinal
            case "none": return .noInformation
            default:
                log.error(.unknownReference(kind: .uncertaintyKind, id: text, suggestion: Suggestion.closest(to: text, in: known)), at: kind.location)
                return nil
            }
        default:
            log.error(.missingKey(key: "spread"), at: location)
            return nil
        }
    }
}
