import Foundation
public import Testing
public import Vertsval

/// A key of a wording catalogue (`CaseExplanationText`, `CLIText`, …): its text in a language.
public protocol WordingKey: Sendable {
    func text(in language: Language) -> String
}

/// A key of a wording catalogue, the sample values it is given, and the ways its English may
/// break the rules of `WordingSample.check()` (the same as the Nynorsk, «Band»; Norwegian
/// letters in English, «Bokmål»).
public struct WordingSample: Sendable, CustomTestStringConvertible {
    /// "CaseExplanationText.comesOutBest(…)".
    public let name: String
    /// The key's text in a language.
    public let text: @Sendable (Language) -> String
    /// The values the key is given, which every language shows.
    public let values: [String]
    /// Whether the English text is the Nynorsk one.
    public let sameInEnglish: Bool
    /// Whether the English text may hold æ, ø, å (a name such as «Bokmål»).
    public let norwegianInEnglish: Bool

    /// A sample of `key`, given `values`.
    public init(_ key: some WordingKey, values: [String] = [], sameInEnglish: Bool = false, norwegianInEnglish: Bool = false) {
        self.name = "\(type(of: key)).\(key)"
        self.text = { key.text(in: $0) }
        self.values = values
        self.sameInEnglish = sameInEnglish
        self.norwegianInEnglish = norwegianInEnglish
    }

    public var testDescription: String { name }

    /// Checks that the key has a text in nn, nb and en that shows its values and keeps to
    /// the conventions of its language.
    public func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let nn = text(.nn)
        let nb = text(.nb)
        let en = text(.en)
        for (language, text) in [("nn", nn), ("nb", nb), ("en", en)] {
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) is empty", sourceLocation: sourceLocation)
            #expect(!text.contains("TODO") && !text.contains("\\("), "\(language): \(text)", sourceLocation: sourceLocation)
            for value in values {
                #expect(text.contains(value), "\(language) leaves out \(value): \(text)", sourceLocation: sourceLocation)
            }
            // Fragments are joined to what comes before and after alike in every language.
            #expect(
                text.hasPrefix(" ") == nn.hasPrefix(" ") && text.hasSuffix(" ") == nn.hasSuffix(" "), "\(language): '\(text)'",
                sourceLocation: sourceLocation)
        }
        // Norwegian quotes «x»; English quotes 'x' and has no Norwegian letters.
        #expect(!en.contains { "«»".contains($0) }, "en: \(en)", sourceLocation: sourceLocation)
        #expect(norwegianInEnglish || !en.contains { "æøåÆØÅ".contains($0) }, "en: \(en)", sourceLocation: sourceLocation)
        #expect(!nn.contains("'") && !nb.contains("'"), "nn: \(nn) / nb: \(nb)", sourceLocation: sourceLocation)
        #expect((nn == en) == sameInEnglish, "nn and en: \(nn) / \(en)", sourceLocation: sourceLocation)
    }

    /// Checks that keys worded alike are one key: no two of `samples` have the same three texts.
    public static func checkNoDuplicates(_ samples: [WordingSample], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var seen: [String: String] = [:]
        for sample in samples {
            let texts = [Language.nn, .nb, .en].map(sample.text).joined(separator: "\u{1F}")
            #expect(seen[texts] == nil, "\(sample.name) repeats \(seen[texts] ?? "")", sourceLocation: sourceLocation)
            seen[texts] = sample.name
        }
    }
}
