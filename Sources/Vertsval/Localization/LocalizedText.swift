/// A text given in one or more languages; Nynorsk is always present.
///
/// In data files a plain string means Nynorsk; a mapping gives each language by its code:
/// ```yaml
/// name: Fagmiljø
/// name: { nn: Fagmiljø, nb: Fagmiljø, en: Professional environment }
/// ```
public struct LocalizedText: Sendable, Hashable, Codable {
    // Three fields rather than a dictionary: data files hold hundreds of texts, and a
    // dictionary per text made loading measurably slower.
    private var nn: String
    private var nb: String?
    private var en: String?

    /// Creates a text from its Nynorsk form and optional translations.
    public init(nn: String, nb: String? = nil, en: String? = nil) {
        self.nn = nn
        self.nb = nb
        self.en = en
    }

    /// Creates a text from a map; `values` must contain Nynorsk.
    public init(values: [Language: String]) {
        precondition(values[.nn] != nil, "LocalizedText needs a Nynorsk text")
        self.init(nn: values[.nn] ?? "", nb: values[.nb], en: values[.en])
    }

    /// The text per language, for the languages it is written in.
    public var values: [Language: String] {
        var values: [Language: String] = [.nn: nn]
        if let nb { values[.nb] = nb }
        if let en { values[.en] = en }
        return values
    }

    /// The text in `language`, falling back to Bokmål for Nynorsk readers and vice versa,
    /// and to Nynorsk otherwise.
    public func text(_ language: Language) -> String {
        switch language {
        case .nn: nn
        case .nb: nb ?? nn
        case .en: en ?? nb ?? nn
        }
    }

    /// The language `text(language)` is written in: `language` itself when the text has it,
    /// otherwise the language it falls back to.
    public func languageShown(for language: Language) -> Language {
        switch language {
        case .nn: .nn
        case .nb: nb == nil ? .nn : .nb
        case .en: en != nil ? .en : (nb != nil ? .nb : .nn)
        }
    }

    /// Whether the text is written out for `language` (no fallback used).
    public func has(_ language: Language) -> Bool {
        switch language {
        case .nn: true
        case .nb: nb != nil
        case .en: en != nil
        }
    }
}
