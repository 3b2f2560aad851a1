/// A text given in one or more languages; Nynorsk is always present.
///
/// In data files a plain string means Nynorsk; a mapping gives each language by its code:
/// ```yaml
/// name: Fagmiljø
/// name: { nn: Fagmiljø, nb: Fagmiljø, en: Professional environment }
/// ```
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The text per language.
    public private(set) var values: [Language: String]

    /// Creates a text from its Nynorsk form and optional translations.
    public init(nn: String, nb: String? = nil, en: String? = nil) {
        var values: [Language: String] = [.nn: nn]
        if let nb { values[.nb] = nb }
        if let en { values[.en] = en }
        self.values = values
    }

    /// Creates a text from a complete map; `values` must contain Nynorsk.
    public init(values: [Language: String]) {
        precondition(values[.nn] != nil, "LocalizedText needs a Nynorsk text")
        self.values = values
    }

    /// The text in `language`, falling back to Bokmål for Nynorsk readers and vice versa,
    /// and to Nynorsk otherwise.
    public func text(_ language: Language) -> String {
        if let value = values[language] { return value }
        switch language {
        case .nn: break
        case .nb: if let value = values[.nn] { return value }
        case .en: if let value = values[.nb] ?? values[.nn] { return value }
        }
        return values[.nn] ?? ""
    }

    /// Whether the text is written out for `language` (no fallback used).
    public func has(_ language: Language) -> Bool { values[language] != nil }
}
