internal import Foundation

/// Adds a judgement file to the `judgements:` list of a case file's text, keeping every
/// other line byte for byte (comments, blank lines, order, quoting).
///
/// The list is edited only when it is a block list at the top level (`judgements:` on a
/// line of its own, one `- path` per line) or absent (then it is added at the end of the
/// file). A list written in flow style (`judgements: [a, b]`) is left alone: the caller
/// tells the person which line to add.
enum JudgementListEditor {
    /// What adding a reference comes to.
    enum Outcome: Equatable {
        /// The case lists the reference already; the text is unchanged.
        case present
        /// The text with the reference added.
        case added(String)
        /// The list is not a block list; nothing was changed.
        case notEditable
    }

    /// The key the case's list of judgements is under.
    static let key = "judgements:"

    /// `text` with `- reference` added to its `judgements:` list.
    static func adding(_ reference: String, to text: String) -> Outcome {
        var lines = text.components(separatedBy: "\n")
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        guard let keyLine = lines.firstIndex(where: { $0.hasPrefix(key) }) else {
            var added = lines
            if let last = added.last, !last.trimmingSpaces.isEmpty { added.append("") }
            added += [key, "  - " + reference]
            return .added(added.joined(separator: "\n") + "\n")
        }
        let rest = String(lines[keyLine].dropFirst(key.count)).trimmingSpaces
        guard rest.isEmpty || rest.hasPrefix("#") else { return .notEditable }
        var lastItem: Int?
        var indent = "  "
        var index = keyLine + 1
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            // A line at column 0 (not a comment) starts the next key; "- " at column 0 is
            // also an item of this list (YAML allows it).
            if let first = line.first, !first.isWhitespace, !line.hasPrefix("- ") { break }
            if trimmed.hasPrefix("- ") || trimmed == "-" {
                if lastItem == nil { indent = String(line.prefix { $0 == " " }) }
                if item(trimmed) == normalized(reference) { return .present }
            }
            lastItem = index
            index += 1
        }
        lines.insert(indent + "- " + reference, at: (lastItem ?? keyLine) + 1)
        return .added(lines.joined(separator: "\n") + "\n")
    }

    /// The path of an item line `- "path"  # comment`, unquoted and normalised.
    static func item(_ trimmed: String) -> String {
        var value = String(trimmed.dropFirst()).trimmingSpaces
        if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]).trimmingSpaces }
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return normalized(value)
    }

    static func normalized(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
