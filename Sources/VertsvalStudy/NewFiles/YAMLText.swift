internal import Foundation
internal import Vertsval

/// Small pieces of YAML for files written for a person to read and fill in: quoted texts,
/// localized texts, numbers and wrapped comments.
enum YAMLText {
    /// A double-quoted YAML string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A localized text as a flow mapping `{ nn: "…", nb: "…", en: "…" }`.
    static func localized(_ text: LocalizedText) -> String {
        let parts = Language.allCases.compactMap { language in
            text.has(language) ? "\(language.rawValue): \(quoted(text.text(language)))" : nil
        }
        return "{ " + parts.joined(separator: ", ") + " }"
    }

    /// A number as YAML reads it back (a whole number without a decimal point).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// `text` as comment lines (`# …`) indented by `indent` spaces, wrapped at `width`;
    /// continued lines are indented `hanging` more spaces.
    static func comment(_ text: String, indent: Int = 0, hanging: Int = 0, width: Int = 100) -> [String] {
        let prefix = String(repeating: " ", count: indent) + "# "
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, prefix.count + line.count + 1 + word.count > width {
                    lines.append(prefix + line)
                    line = String(repeating: " ", count: hanging) + word
                } else {
                    line += (line.isEmpty ? "" : " ") + word
                }
            }
            lines.append(line.isEmpty ? String(prefix.dropLast()) : prefix + line)
        }
        return lines
    }

    /// The path of `target` relative to the folder of `file` (both as the process sees
    /// them), for references written into `file`.
    static func relativePath(to target: String, from file: String) -> String {
        let components = { (path: String) -> [Substring] in absolute(path).split(separator: "/") }
        let to = components(target)
        let from = components(file).dropLast()
        var common = 0
        while common < min(to.count, from.count), to[common] == from[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }

    /// `path` made absolute against the working folder, normalised.
    static func absolute(_ path: String) -> String {
        Loader.resolvePath(path, relativeTo: FileManager.default.currentDirectoryPath + "/.")
    }

    /// `text` as an id: lower-cased, spaces and underscores as dashes, Norwegian letters
    /// spelt out (æ → ae, ø → o, å → a), only a–z, 0–9 and dashes kept; nil when nothing is
    /// left or it is longer than 64 characters.
    static func identifier(_ text: String) -> String? {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "æ": out += "ae"
            case "ø": out += "o"
            case "å": out += "a"
            case " ", "_", "-", ".": if !out.isEmpty, !out.hasSuffix("-") { out += "-" }
            default: if character.isASCII, character.isLetter || character.isNumber { out.append(character) }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        guard !out.isEmpty, out.count <= 64 else { return nil }
        return out
    }
}
