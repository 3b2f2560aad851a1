/// A saved set of weight changes on top of a case, with the reason; written next to the
/// case (by the web workbench or by hand), never over the template or the case.
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
        lines.append("weights:")
        for (criterion, points) in weights {
            lines.append("  \(criterion): \(points == points.rounded() && abs(points) < 1e15 ? String(Int(points)) : String(points))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for char in self { if char == target { out += replacement } else { out.append(char) } }
        return out
    }
}
