internal import Foundation
internal import Vertsval
internal import Yams

/// Writes scores into a case file's text while keeping the person's comments and layout:
/// only the entries a sheet changes are written anew, each in the style it had (one line
/// `{ … }` or a block of keys); every comment and blank line inside an entry stays, and
/// every line outside the changed entries stays as it was. An entry the file lacks is added
/// at the end of its candidate (a candidate it lacks at the end of `scores:`). A `scores:`
/// written in flow style (`scores: { … }`) is written anew as a block.
struct ScoresEditor {
    /// One score to write.
    struct Edit {
        var municipality: Municipality.ID
        var criterion: Criterion
        var value: ScoreValue
        var why: String
        var source: String?
    }

    /// A candidate's declared willingness to host, and where it is recorded.
    struct Willingness {
        var municipality: Municipality.ID
        var willing: Bool
        var source: String?
    }

    /// Where the edits go: the agreed score, or one assessor's.
    enum Target {
        case scores
        case assessor(String)
    }

    /// A YAML value as read, with the style it was written in.
    indirect enum Value {
        case scalar(String, quoted: Bool)
        case null
        case mapping([(key: String, value: Value)], flow: Bool)
        case sequence([Value])
    }

    var lines: [String]
    let root: Node

    /// Parses `text`; nil when it is no YAML mapping (the loader reports why).
    init?(text: String) {
        guard let node = try? Yams.compose(yaml: text), node.mapping != nil else { return nil }
        root = node
        var split = text.components(separatedBy: "\n")
        if split.last == "" { split.removeLast() }
        lines = split
    }

    /// The text with `edits` written to `target`.
    func applying(_ edits: [Edit], to target: Target) -> String {
        var lines = self.lines
        guard let pairs = root.mapping.map(Array.init), let index = pairs.firstIndex(where: { $0.key.string == "scores" }) else {
            // No scores at all: a new section at the end.
            lines += ["scores:"] + Self.emitBlock(Self.merged(.null, edits: edits, target: target), indent: 2)
            return Self.joined(lines)
        }
        let keyLine = line(of: pairs[index].key)
        let sectionEnd = pairs.map { line(of: $0.key) }.filter { $0 > keyLine }.min() ?? lines.count + 1
        let scores = pairs[index].value
        guard let candidates = scores.mapping, !isFlow(scores), !candidates.isEmpty else {
            let merged = Self.merged(value(scores), edits: edits, target: target)
            let kept = lines[(keyLine - 1)..<(sectionEnd - 1)].dropFirst().filter(Self.isCommentOrBlank)
            lines.replaceSubrange((keyLine - 1)..<(sectionEnd - 1), with: ["scores:"] + kept + Self.emitBlock(merged, indent: 2))
            return Self.joined(lines)
        }
        var replacements: [(start: Int, end: Int, lines: [String])] = []
        let candidatePairs = Array(candidates)
        let candidateIndent = (candidatePairs.first.map { column(of: $0.key) } ?? 3) - 1
        for (municipality, group) in Dictionary(grouping: edits, by: \.municipality.rawValue).sorted(by: { $0.key < $1.key }) {
            guard let ci = candidatePairs.firstIndex(where: { $0.key.string == municipality }) else {
                // A candidate the file lacks: added after the section's last content line.
                let last = lastContentLine(from: keyLine, before: sectionEnd)
                let merged = Self.merged(.null, edits: group, target: target)
                replacements.append((last + 1, last, Self.emitBlock(merged, indent: candidateIndent)))
                continue
            }
            let candidateLine = line(of: candidatePairs[ci].key)
            let candidateEnd = ci + 1 < candidatePairs.count ? line(of: candidatePairs[ci + 1].key) : sectionEnd
            let entries = candidatePairs[ci].value
            guard let criteria = entries.mapping, !isFlow(entries), !criteria.isEmpty else {
                let merged = Self.merged(.mapping([(key: municipality, value: value(entries))], flow: false), edits: group, target: target)
                let kept = lines[(candidateLine - 1)..<(candidateEnd - 1)].dropFirst().filter(Self.isCommentOrBlank)
                replacements.append(
                    (candidateLine, candidateEnd - 1, Self.emitBlock(merged, indent: candidateIndent) + kept))
                continue
            }
            let criterionPairs = Array(criteria)
            let entryIndent = column(of: criterionPairs[0].key) - 1
            for edit in group {
                let id = edit.criterion.id.rawValue
                guard let ei = criterionPairs.firstIndex(where: { $0.key.string == id }) else {
                    let last = lastContentLine(from: candidateLine, before: candidateEnd)
                    let value = Self.apply(edit, to: .null, target: target)
                    replacements.append((last + 1, last, Self.emitBlock([(id, value)], indent: entryIndent)))
                    continue
                }
                let start = line(of: criterionPairs[ei].key)
                let end = (ei + 1 < criterionPairs.count ? line(of: criterionPairs[ei + 1].key) : candidateEnd) - 1
                let old = value(criterionPairs[ei].value)
                let new = Self.apply(edit, to: old, target: target)
                replacements.append((start, end, rewritten(start: start, end: end, key: id, indent: entryIndent, old: old, new: new)))
            }
        }
        // Bottom up, so that earlier line numbers still hold; inserts after replacements at a line.
        for replacement in replacements.sorted(by: { ($0.start, $0.end) > ($1.start, $1.end) }) {
            lines.replaceSubrange((replacement.start - 1)..<replacement.end, with: replacement.lines)
        }
        return Self.joined(lines)
    }

    /// The text with each candidate's `willing` (and `source`) set in `candidates:`.
    func applying(_ willingness: [Willingness]) -> String {
        var lines = self.lines
        guard let pairs = root.mapping.map(Array.init), let index = pairs.firstIndex(where: { $0.key.string == "candidates" }),
            let items = pairs[index].value.sequence.map(Array.init)
        else { return Self.joined(lines) }
        let keyLine = line(of: pairs[index].key)
        let sectionEnd = pairs.map { line(of: $0.key) }.filter { $0 > keyLine }.min() ?? lines.count + 1
        var replacements: [(start: Int, end: Int, lines: [String])] = []
        for (i, item) in items.enumerated() {
            guard let change = willingness.first(where: { $0.municipality.rawValue == item.mapping?["municipality"]?.string }) else { continue }
            var entry: [(key: String, value: Value)] = []
            var flow = false
            if case .mapping(let old, let isFlow) = value(item) {
                entry = old
                flow = isFlow
            }
            Self.set(&entry, "willing", .scalar(change.willing ? "true" : "false", quoted: false))
            if let source = change.source { Self.set(&entry, "source", .scalar(source, quoted: true)) }
            let start = line(of: item)
            let end = (i + 1 < items.count ? line(of: items[i + 1]) : sectionEnd) - 1
            let range = Array(lines[(start - 1)..<end])
            let first = range.first ?? ""
            let dash = String(first.prefix { $0 == " " }) + "- "
            let body = Array(range.dropFirst())
            let firstContent = body.firstIndex { !Self.isCommentOrBlank($0) } ?? body.count
            // A block item keeps its first line (with its first key and comment); the rest of its
            // keys are written anew. A flow item, or one whose first key changes, is one line.
            let firstKeyKept = entry.first.map { $0.key != "willing" && $0.key != "source" } ?? false
            if flow || !first.trimmingSpaces.hasPrefix("- ") || !firstKeyKept {
                replacements.append((start, end, [dash + Self.emitFlow(.mapping(entry, flow: true))] + body.filter(Self.isCommentOrBlank)))
                continue
            }
            let indent = column(of: item) - 1
            let rest = Self.emitBlock(Array(entry.dropFirst()), indent: indent)
            replacements.append((start, end, [first] + body[..<firstContent] + rest + body[firstContent...].filter(Self.isCommentOrBlank)))
        }
        for replacement in replacements.sorted(by: { $0.start > $1.start }) {
            lines.replaceSubrange((replacement.start - 1)..<replacement.end, with: replacement.lines)
        }
        return Self.joined(lines)
    }

    /// The lines `start…end` (one entry) written anew with `new`, keeping their comments.
    private func rewritten(start: Int, end: Int, key: String, indent: Int, old: Value, new: Value) -> [String] {
        let range = lines[(start - 1)..<end]
        let pad = String(repeating: " ", count: indent)
        if case .mapping(_, flow: true) = old {
            return [pad + key + ": " + Self.emitFlow(new)] + range.dropFirst().filter(Self.isCommentOrBlank)
        }
        // A block entry: its key line as it was, the comments before its first key, the
        // keys written anew, then the rest of its comments.
        let body = Array(range.dropFirst())
        let firstContent = body.firstIndex { !Self.isCommentOrBlank($0) } ?? body.count
        let childIndent = body[firstContent...].first.map { $0.prefix { $0 == " " }.count } ?? indent + 2
        guard case .mapping(let children, _) = new else { return [range.first ?? pad + key + ":"] + body }
        return [range.first ?? pad + key + ":"] + body[..<firstContent] + Self.emitBlock(children, indent: childIndent)
            + body[firstContent...].filter(Self.isCommentOrBlank)
    }

    // MARK: Merging

    /// `old` (the whole `scores` value) with every edit applied.
    static func merged(_ old: Value, edits: [Edit], target: Target) -> [(key: String, value: Value)] {
        var candidates: [(key: String, value: Value)] = []
        if case .mapping(let pairs, _) = old { candidates = pairs }
        for edit in edits {
            let municipality = edit.municipality.rawValue
            var entries: [(key: String, value: Value)] = []
            if let i = candidates.firstIndex(where: { $0.key == municipality }), case .mapping(let pairs, _) = candidates[i].value {
                entries = pairs
            }
            let id = edit.criterion.id.rawValue
            let current = entries.first { $0.key == id }?.value ?? .null
            set(&entries, id, apply(edit, to: current, target: target))
            set(&candidates, municipality, .mapping(entries, flow: false))
        }
        return candidates
    }

    /// One entry with `edit` applied.
    static func apply(_ edit: Edit, to entry: Value, target: Target) -> Value {
        var pairs: [(key: String, value: Value)] = []
        var flow = false
        if case .mapping(let old, let isFlow) = entry {
            pairs = old
            flow = isFlow
        }
        let levelKey = edit.criterion.expected == .level ? "level" : "value"
        let number = Value.scalar(YAMLText.number(edit.value.number), quoted: false)
        let source = edit.source.map { Value.scalar($0, quoted: true) } ?? .null
        switch target {
        case .scores:
            set(&pairs, levelKey, number)
            set(&pairs, "why", .scalar(edit.why, quoted: true))
            if edit.source != nil || pairs.contains(where: { $0.key == "source" }) { set(&pairs, "source", source) }
        case .assessor(let name):
            var assessors: [(key: String, value: Value)] = []
            var assessorsFlow = true
            if let old = pairs.first(where: { $0.key == "assessors" })?.value, case .mapping(let existing, let isFlow) = old {
                assessors = existing
                assessorsFlow = isFlow
            }
            var own: [(key: String, value: Value)] = [(levelKey, number), ("why", .scalar(edit.why, quoted: true))]
            if edit.source != nil { own.append(("source", source)) }
            set(&assessors, name, .mapping(own, flow: true))
            set(&pairs, "assessors", .mapping(assessors, flow: assessorsFlow))
        }
        return .mapping(pairs, flow: flow)
    }

    /// Replaces the value of `key` in place, or appends it.
    static func set(_ pairs: inout [(key: String, value: Value)], _ key: String, _ value: Value) {
        if let i = pairs.firstIndex(where: { $0.key == key }) {
            pairs[i].value = value
        } else {
            pairs.append((key, value))
        }
    }

    // MARK: Reading and writing YAML

    /// A Yams node as a value with its style.
    func value(_ node: Node) -> Value {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain || scalar.style == .any, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
            return .scalar(scalar.string, quoted: !(scalar.style == .plain || scalar.style == .any))
        case .mapping(let mapping):
            return .mapping(mapping.map { (key: $0.key.string ?? "", value: value($0.value)) }, flow: isFlow(node))
        case .sequence(let sequence):
            return .sequence(sequence.map(value))
        case .alias:
            return .null
        }
    }

    /// Key–value pairs as block lines at `indent`.
    static func emitBlock(_ pairs: [(key: String, value: Value)], indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var out: [String] = []
        for (key, value) in pairs {
            switch value {
            case .null:
                out.append(pad + Self.key(key) + ":")
            case .mapping(let children, flow: false) where !children.isEmpty:
                out.append(pad + Self.key(key) + ":")
                out += emitBlock(children, indent: indent + 2)
            default:
                out.append(pad + Self.key(key) + ": " + emitFlow(value))
            }
        }
        return out
    }

    /// A value on one line.
    static func emitFlow(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case let .scalar(text, quoted): return quoted || !isPlainSafe(text) ? YAMLText.quoted(text) : text
        case .sequence(let items): return "[" + items.map(emitFlow).joined(separator: ", ") + "]"
        case .mapping(let pairs, _):
            let parts = pairs.compactMap { pair -> String? in
                if case .null = pair.value { return nil }
                return key(pair.key) + ": " + emitFlow(pair.value)
            }
            return parts.isEmpty ? "{}" : "{ " + parts.joined(separator: ", ") + " }"
        }
    }

    /// A key, quoted when it is not a plain word (e.g. an assessor's name with a space).
    static func key(_ text: String) -> String {
        text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } && !text.isEmpty ? text : YAMLText.quoted(text)
    }

    /// Whether `text` reads back as the same string when written plain inside `{ … }`.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first, !first.isWhitespace, text.last?.isWhitespace == false else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") || text.contains(where: { ",[]{}\n\t".contains($0) }) {
            return false
        }
        return true
    }

    static func isCommentOrBlank(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "\r"
    }

    static func joined(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    /// Whether a mapping or sequence is written in flow style (`{ … }`, `[ … ]`): its
    /// start mark is at the bracket. (Yams' `style` of a composed mapping is the style of
    /// its end event, so it cannot tell.)
    private func isFlow(_ node: Node) -> Bool {
        guard let mark = node.mark, mark.line >= 1, mark.line <= lines.count else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return false }
        return scalars[mark.column - 1] == "{" || scalars[mark.column - 1] == "["
    }

    private func line(of node: Node) -> Int { node.mark?.line ?? 1 }
    private func column(of node: Node) -> Int { node.mark?.column ?? 1 }

    /// The last line before `end` (and after `start`) that is no comment or blank line.
    private func lastContentLine(from start: Int, before end: Int) -> Int {
        var line = end - 1
        while line > start, Self.isCommentOrBlank(lines[line - 1]) { line -= 1 }
        return line
    }
}
