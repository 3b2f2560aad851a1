/// A saved set of weight and score changes on top of a case, with the reasons; written next
/// to the case (by the web workbench or by hand), never over the template or the case.
public struct Scenario: Sendable {
    /// Stable id.
    public var id: String
    /// Title.
    public var title: LocalizedText
    /// The case reference as written (relative to the scenario file).
    public var caseReference: String
    /// Why the weights differ.
    public var reason: LocalizedText
    /// Criterion id → points.
    public var weights: [(criterion: Criterion.ID, points: Double)]
    /// Scores tried instead of the case's, each with its reason.
    public var scores: [ScenarioScore] = []
    /// When the scenario was made.
    public var created: CalendarDate?

    /// Creates a scenario.
    public init(
        id: String, title: LocalizedText, caseReference: String, reason: LocalizedText, weights: [(criterion: Criterion.ID, points: Double)],
        created: CalendarDate? = nil
    ) {
        self.id = id
        self.title = title
        self.caseReference = caseReference
        self.reason = reason
        self.weights = weights
        self.created = created
    }

    /// The scenario as a data file (YAML), ready to write next to its case.
    public func yaml() -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"").replacingAll("\n", with: "\\n") + "\""
        }
        func localized(_ text: LocalizedText) -> String {
            let parts = Language.allCases.compactMap { language in
                text.has(language) ? "\(language.rawValue): \(quoted(text.text(language)))" : nil
            }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
        var lines = [
            "# Scenario: vekter endra i forhold til vurderingsmalen. Fila endrar ikkje saka eller malen.",
            "kind: scenario",
            "id: \(id)",
            "title: \(localized(title))",
            "case: \(quoted(caseReference))",
            "reason: \(localized(reason))",
        ]
        if let created { lines.append("created: \(created)") }
        func number(_ value: Double) -> String { value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value) }
        if !weights.isEmpty { lines.append("weights:") }
        for (criterion, points) in weights {
            lines.append("  \(criterion): \(number(points))")
        }
        if !scores.isEmpty { lines.append("scores:") }
        var previous: Municipality.ID?
        for score in scores {
            if score.municipality != previous { lines.append("  \(score.municipality):") }
            previous = score.municipality
            let key = if case .level = score.value { "level" } else { "value" }
            lines.append("    \(score.criterion): { \(key): \(number(score.value.number)), reason: \(localized(score.reason)) }")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A score a scenario tries instead of the case's, with the reason.
public struct ScenarioScore: Sendable, Hashable {
    /// The candidate.
    public var municipality: Municipality.ID
    /// The criterion (scored by hand).
    public var criterion: Criterion.ID
    /// The level or value tried.
    public var value: ScoreValue
    /// Why.
    public var reason: LocalizedText

    /// Creates a scenario score.
    public init(municipality: Municipality.ID, criterion: Criterion.ID, value: ScoreValue, reason: LocalizedText) {
        self.municipality = municipality
        self.criterion = criterion
        self.value = value
        self.reason = reason
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for char in self { if char == target { out += replacement } else { out.append(char) } }
        return out
    }
}
