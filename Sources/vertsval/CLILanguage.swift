import Foundation
import Vertsval

/// The language the command line speaks, chosen before ArgumentParser runs so that help
/// and parse errors can use it too: the last valid `--lang X` or `--lang=X`, else the
/// environment variable `VERTSVAL_LANG`, else Nynorsk.
enum CLILanguage {
    /// The language of this run.
    static let current: Language = chosen(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// The language when `--lang` is not given: `VERTSVAL_LANG`, else Nynorsk. It is the
    /// default `--help` shows for `--lang`.
    static let fallback: Language = chosen(arguments: [], environment: ProcessInfo.processInfo.environment)

    /// The language asked for in `arguments` (without the program name) or `environment`.
    static func chosen(arguments: [String], environment: [String: String]) -> Language {
        var found: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                found = Language(rawValue: arguments[index + 1]) ?? found
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        return found ?? environment["VERTSVAL_LANG"].flatMap(Language.init(rawValue:)) ?? .nn
    }
}
