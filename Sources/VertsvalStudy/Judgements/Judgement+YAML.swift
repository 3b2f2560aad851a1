public import Vertsval

extension Judgement {
    /// The judgement as a data file (`kind: judgement`) that `JudgementLoader` reads back to
    /// the same judgement: texts double-quoted, each criterion on its own line in template
    /// order, pairs as the upper triangle under the earlier criterion (`a: { b: 3, c: 1/2 }`).
    ///
    /// - Parameter comment: lines written first as YAML comments (`# …`).
    public func yaml(comment: String? = nil) -> String {
        var lines: [String] = comment.map { YAMLText.comment($0) } ?? []
        lines.append("kind: judgement")
        lines.append("member: " + YAMLText.quoted(member))
        lines.append("municipality: " + municipality.rawValue)
        if let role { lines.append("role: " + YAMLText.localized(role)) }
        lines.append("template: " + template)
        if let date { lines.append("date: \(date)") }
        if illustrative { lines.append("illustrative: true") }
        if let assessor { lines.append("assessor: " + assessor.rawValue) }
        lines.append("method: " + method.kind.rawValue)
        switch method {
        case let .rank(ranks, rule):
            lines.append("rule: " + rule.rawValue)
            lines.append("ranks:")
            lines += zip(criteria, ranks).map { "  \($0.rawValue): \($1)" }
        case .swing(let points):
            lines.append("points:")
            lines += zip(criteria, points).map { "  \($0.rawValue): " + YAMLText.number($1) }
        case .pairwise(let upper):
            lines.append("pairs:")
            for (i, row) in upper.enumerated() where !row.isEmpty {
                let cells = row.enumerated().map { "\(criteria[i + 1 + $0.offset].rawValue): \($0.element)" }
                lines.append("  \(criteria[i].rawValue): { " + cells.joined(separator: ", ") + " }")
            }
        }
        if let note { lines.append("note: " + YAMLText.localized(note)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
