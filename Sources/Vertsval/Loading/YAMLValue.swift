internal import Foundation

/// One node of a data file with the means to read it as a typed value, recording a
/// diagnostic (with line and column) whenever it is not what the format expects.
struct YAMLValue {
    let node: YAMLNode
    let file: String
    let log: DiagnosticLog

    var location: SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    /// The text as written, for messages.
    var display: String {
        switch node.content {
        case let .scalar(text, _): text
        case .mapping: "{…}"
        case .sequence: "[…]"
        }
    }

    var isNull: Bool {
        guard case let .scalar(text, plain) = node.content, plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    func fail(_ expected: ValueKind) {
        log.error(.wrongType(expected: expected, found: display), at: location)
    }

    // MARK: Scalars

    private var plainScalar: String? {
        node.scalar
    }

    func string() -> String? {
        guard let text = plainScalar, !isNull else {
            fail(.text)
            return nil
        }
        // UTF-8 bytes bound the characters from above: count characters only when needed.
        if text.utf8.count > Self.maximumTextLength, text.count > Self.maximumTextLength {
            log.error(.textTooLong(length: text.count, maximum: Self.maximumTextLength), at: location)
            return nil
        }
        // C0 controls are bytes below 0x20, DEL is 0x7F, C1 controls start with byte 0xC2.
        var suspicious = false
        for byte in text.utf8 where (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2 {
            suspicious = true
            break
        }
        if suspicious,
            let control = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" })
        {
            log.error(.controlCharacter(code: Int(control.value)), at: location)
            return nil
        }
        return text
    }

    /// The longest text a data file may hold in one value (titles, reasons, notices): far
    /// above any real one, and short enough to lay out in a report at once.
    static let maximumTextLength = 5_000

    /// A non-empty text.
    func nonEmptyString() -> String? {
        guard let text = string() else { return nil }
        guard !text.trimmedSpaces.isEmpty else {
            fail(.text)
            return nil
        }
        return text
    }

    func identifier() -> String? {
        guard let text = plainScalar, !isNull else {
            fail(.identifier)
            return nil
        }
        guard Self.isIdentifier(text), text.count <= 64 else {
            log.error(.invalidIdentifier(value: text), at: location)
            return nil
        }
        return text
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// A number as written, possibly NaN or infinite (YAML `.nan`, `.inf`); callers that
    /// need a finite number use `finiteNumber()`.
    func number() -> Double? {
        guard let text = plainScalar, !isNull else {
            fail(.number)
            return nil
        }
        // Most numbers are plain decimals: no spaces, underscores or words to look at.
        if Self.isPlainNumeral(text) {
            guard let value = Double(text) else {
                fail(.number)
                return nil
            }
            return value
        }
        let trimmed = text.trimmedSpaces
        switch trimmed.lowercased() {
        case ".nan", "nan": return .nan
        case ".inf", "+.inf", "inf", "+inf", "infinity": return .infinity
        case "-.inf", "-inf", "-infinity": return -.infinity
        default: break
        }
        let cleaned = trimmed.contains("_") ? String(trimmed.filter { $0 != "_" }) : trimmed
        guard !cleaned.isEmpty,
            cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Double(cleaned)
        else {
            fail(.number)
            return nil
        }
        return value
    }

    /// Whether `text` is non-empty and holds only digits, signs, points and exponent marks
    /// (what `number()` hands to `Double` once spaces and underscores are gone).
    static func isPlainNumeral(_ text: String) -> Bool {
        var any = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"),
                UInt8(ascii: "E"):
                any = true
            default:
                return false
            }
        }
        return any
    }

    /// The largest magnitude any number in a data file may have when its field sets no
    /// tighter range: above every budget in kroner, far below where sums and products of
    /// such numbers stop being finite.
    static let largestMagnitude = 1e12

    /// A finite number within `minimum`…`maximum`, and within ±`largestMagnitude` always.
    func finiteNumber(minimum: Double? = nil, maximum: Double? = nil) -> Double? {
        let minimum = minimum ?? -Self.largestMagnitude
        let maximum = min(maximum ?? Self.largestMagnitude, Self.largestMagnitude)
        guard let value = number() else { return nil }
        guard value.isFinite else {
            fail(.number)
            return nil
        }
        guard value >= minimum, value <= maximum else {
            log.error(.valueOutOfRange(value: value, minimum: minimum, maximum: maximum), at: location)
            return nil
        }
        return value
    }

    /// A whole number within `range` (a range real data never leaves: no arithmetic on a
    /// file's value can overflow).
    func integer(in range: ClosedRange<Int> = -1_000_000...1_000_000) -> Int? {
        guard let text = plainScalar, !isNull, let value = Int(text.trimmedSpaces) else {
            fail(.integer)
            return nil
        }
        guard range.contains(value) else {
            log.error(.valueOutOfRange(value: Double(value), minimum: Double(range.lowerBound), maximum: Double(range.upperBound)), at: location)
            return nil
        }
        return value
    }

    func bool() -> Bool? {
        switch plainScalar?.lowercased() {
        case "true", "yes", "ja": return true
        case "false", "no", "nei": return false
        default:
            fail(.boolean)
            return nil
        }
    }

    func date() -> CalendarDate? {
        guard let text = plainScalar, !isNull else {
            fail(.date)
            return nil
        }
        guard let date = CalendarDate(iso: text.trimmedSpaces) else {
            log.error(.invalidDate(value: text), at: location)
            return nil
        }
        return date
    }

    /// A text in one or more languages: a plain string means Nynorsk.
    func localizedText() -> LocalizedText? {
        switch node.content {
        case .scalar:
            guard let text = nonEmptyString() else { return nil }
            return LocalizedText(nn: text)
        case .mapping:
            guard let map = mapping(allowed: Language.allCases.map(\.rawValue)) else { return nil }
            var values: [Language: String] = [:]
            for language in Language.allCases {
                if let value = map.optional(language.rawValue), let text = value.nonEmptyString() {
                    values[language] = text
                }
            }
            guard values[.nn] != nil else {
                if map.optional("nn") == nil {
                    log.error(.missingKey(key: "nn"), at: location)
                }
                return nil
            }
            return LocalizedText(values: values)
        default:
            fail(.localizedText)
            return nil
        }
    }

    // MARK: Collections

    /// The node as a mapping whose keys must all be in `allowed`; every other key is
    /// reported with the closest allowed one.
    func mapping(allowed: [String]) -> MappingReader? {
        guard case let .mapping(pairs) = node.content else {
            fail(.mapping)
            return nil
        }
        return MappingReader(pairs: pairs, value: self, allowed: allowed)
    }

    /// The node as a mapping whose keys are free (ids); values in file order.
    func entries() -> [(key: String, keyLocation: SourceLocation, value: YAMLValue)]? {
        guard case let .mapping(pairs) = node.content else {
            fail(.mapping)
            return nil
        }
        return pairs.map { pair in
            let key = YAMLValue(node: pair.key, file: file, log: log)
            return (key.plainScalar ?? key.display, key.location, YAMLValue(node: pair.value, file: file, log: log))
        }
    }

    func list() -> [YAMLValue]? {
        guard case let .sequence(sequence) = node.content else {
            fail(.list)
            return nil
        }
        return sequence.map { YAMLValue(node: $0, file: file, log: log) }
    }
}

/// A mapping node whose keys were checked against the format's allowed keys.
struct MappingReader {
    let value: YAMLValue
    private let pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]
    /// Keys that an unknown key was reported as a likely typo of; they are not reported
    /// missing as well.
    private let typoTargets: Set<String>

    init(pairs: [YAMLPair], value: YAMLValue, allowed: [String]) {
        self.value = value
        self.pairs = pairs.map { ($0.key.scalar ?? "", $0.key, $0.value) }
        var targets: Set<String> = []
        for pair in self.pairs where !allowed.contains(pair.key) {
            let key = YAMLValue(node: pair.keyNode, file: value.file, log: value.log)
            let suggestion = Suggestion.closest(to: pair.key, in: allowed)
            if let suggestion { targets.insert(suggestion) }
            value.log.error(.unknownKey(key: pair.key, suggestion: suggestion, allowed: allowed), at: key.location)
        }
        self.typoTargets = targets
    }

    var location: SourceLocation { value.location }

    /// The value of `key`, or nil without a diagnostic. An explicit `null` counts as absent.
    func optional(_ key: String) -> YAMLValue? {
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        let found = YAMLValue(node: pair.value, file: value.file, log: value.log)
        return found.isNull ? nil : found
    }

    /// Whether `key` is written, even as `null`.
    func contains(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// The value of `key`, or nil with a "missing key" diagnostic at the mapping.
    func required(_ key: String) -> YAMLValue? {
        guard let found = optional(key) else {
            if let pair = pairs.first(where: { $0.key == key }) {
                // Written but empty: point at the value.
                let empty = YAMLValue(node: pair.value, file: value.file, log: value.log)
                value.log.error(.missingKey(key: key), at: empty.location)
            } else if !typoTargets.contains(key) {
                value.log.error(.missingKey(key: key), at: value.location)
            }
            return nil
        }
        return found
    }

    /// The location of `key` itself, for messages about the entry as a whole.
    func keyLocation(_ key: String) -> SourceLocation {
        guard let pair = pairs.first(where: { $0.key == key }) else { return location }
        return YAMLValue(node: pair.keyNode, file: value.file, log: value.log).location
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (cheaper than Foundation's
    /// `trimmingCharacters`, which dominated load time).
    var trimmedSpaces: String {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return self }
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
