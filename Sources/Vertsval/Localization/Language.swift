/// A language the user reads output in.
///
/// Nynorsk is the default: it is the written standard of the municipalities the tool was
/// first built for (språklova § 9 asks public bodies to use plain language).
public enum Language: String, CaseIterable, Sendable, Codable, Hashable, CodingKeyRepresentable {
    /// Norwegian Nynorsk.
    case nn
    /// Norwegian Bokmål.
    case nb
    /// English.
    case en

    /// The language every data file must provide.
    public static let required: Language = .nn

    /// Whether numbers use a decimal comma and a space as thousands separator.
    public var isNorwegian: Bool { self != .en }
}
