internal import Foundation
public import Vertsval

/// A column of a score sheet. The header row names each column in the sheet's language;
/// a sheet is read back by its headers in any language, so columns may be moved.
public enum SheetColumn: Int, CaseIterable, Sendable {
    /// The candidate's municipality id (read back).
    case candidate
    /// The municipality's name (for the reader only).
    case municipality
    /// The criterion's id (read back).
    case criterion
    /// The criterion's name and question (for the reader only).
    case name
    /// The scale's levels with their wording, or the measure in words (for the reader only).
    case scale
    /// The level or value in the case now (for the reader only).
    case current
    /// The level or value the assessor gives (read back).
    case score
    /// Why (read back).
    case why
    /// Where the evidence is (read back).
    case source

    /// The header in `language`.
    public func header(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .candidate: return t.pick(nn: "kandidat", nb: "kandidat", en: "candidate")
        case .municipality: return t.pick(nn: "kommune", nb: "kommune", en: "municipality")
        case .criterion: return t.pick(nn: "kriterium", nb: "kriterium", en: "criterion")
        case .name: return t.pick(nn: "spørsmål", nb: "spørsmål", en: "question")
        case .scale: return t.pick(nn: "skala", nb: "skala", en: "scale")
        case .current: return t.pick(nn: "skår no", nb: "skår nå", en: "score now")
        case .score: return t.pick(nn: "nivå/verdi", nb: "nivå/verdi", en: "level/value")
        case .why: return t.pick(nn: "grunngjeving", nb: "begrunnelse", en: "why")
        case .source: return t.pick(nn: "kjelde", nb: "kilde", en: "source")
        }
    }

    /// The headers accepted for the column when a sheet is read: its header in every
    /// language.
    var accepted: [String] {
        var names: [String] = []
        for language in Language.allCases where !names.contains(header(in: language)) { names.append(header(in: language)) }
        return names
    }

    /// The columns an import needs.
    static let required: [SheetColumn] = [.candidate, .criterion, .score, .why]
}

/// The text form of a score sheet that Norwegian spreadsheets open directly: UTF-8 with a
/// byte-order mark, semicolons between cells, CRLF after each row, decimal comma.
enum SheetText {
    /// The byte-order mark that tells a spreadsheet the file is UTF-8.
    static let byteOrderMark = "\u{FEFF}"

    /// `rows` as the sheet's text.
    static func text(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(cell).joined(separator: ";") + "\r\n" }.joined()
    }

    /// One cell, quoted when it holds a separator, a quote, a line break or spaces at its
    /// ends (a quote inside is doubled).
    static func cell(_ text: String) -> String {
        let needsQuotes =
            text.contains { $0 == ";" || $0 == "\"" || $0.isNewline } || text.first?.isWhitespace == true
            || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number with a decimal comma (`7,5`), whole numbers without one.
    static func number(_ value: Double) -> String {
        YAMLText.number(value).replacingOccurrences(of: ".", with: ",")
    }

    /// A number written with a decimal comma or point, spaces as thousands separators
    /// allowed; nil when it is not a finite number.
    static func parseNumber(_ text: String) -> Double? {
        var cleaned = ""
        for character in text where !(character == " " || character == "\u{00A0}" || character == "\u{202F}") {
            cleaned.append(character == "," ? "." : character)
        }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
            let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }
}

/// The row of a candidate's declared willingness to host, when the template asks for it:
/// `willing` in the criterion column, yes or no in the level column, where it is recorded in
/// the source column.
enum WillingnessRow {
    /// The id written in the criterion column.
    static let id = "willing"

    /// The question in the name column.
    static func question(in language: Language) -> String {
        Phrasebook(language).pick(
            nn: "Vilje: Har kommunen sagt at han vil vere vertskommune? Skriv kvar det står i «kjelde».",
            nb: "Vilje: Har kommunen sagt at den vil være vertskommune? Skriv hvor det står i «kilde».",
            en: "Willingness: Has the municipality declared that it is willing to host? Write where it is recorded in 'source'.")
    }

    /// Yes or no in `language`.
    static func answer(_ willing: Bool, in language: Language) -> String {
        let t = Phrasebook(language)
        return willing ? t.pick(nn: "ja", nb: "ja", en: "yes") : t.pick(nn: "nei", nb: "nei", en: "no")
    }

    /// The scale column: the two answers.
    static func scale(in language: Language) -> String {
        answer(true, in: language) + " / " + answer(false, in: language)
    }

    /// A yes or no in any language (or true/false); nil for anything else.
    static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "ja", "yes", "true", "j", "y": true
        case "nei", "no", "false", "n": false
        default: nil
        }
    }
}
