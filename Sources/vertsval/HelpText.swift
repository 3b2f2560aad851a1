import Foundation
import Vertsval

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// ArgumentParser's own words in `--help` (headings, `--help`/`--version`, defaults), in
/// the language of the run. Our abstracts and option texts come from `CLIText` already.
enum HelpText {
    /// The width to ask ArgumentParser for: the terminal's, less two columns in Norwegian so
    /// that the slightly longer words ("standard:" for "default:") still fit.
    static func columns(for language: Language) -> Int {
        let width = terminalWidth()
        return language.isNorwegian ? width - 2 : width
    }

    /// `help` with ArgumentParser's English phrases translated; English is left as it is.
    static func localized(_ help: String, in language: Language) -> String {
        guard language.isNorwegian else { return help }
        let t = Phrasebook(language)
        func text(_ key: CLIMessageText) -> String { key.text(in: language) }
        let subcommand = text(.subcommandPlaceholder)
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            if line.hasPrefix("OVERVIEW: ") { line = text(.overviewPrefix) + line.dropFirst("OVERVIEW: ".count) }
            // "USAGE: " and "BRUK:  " are both seven wide, so continuation lines stay aligned.
            if line.hasPrefix("USAGE: ") { line = text(.usagePrefix) + line.dropFirst("USAGE: ".count) }
            switch line {
            case "ARGUMENTS:": return text(.argumentsHeading)
            case "OPTIONS:": return text(.optionsHeading)
            case "SUBCOMMANDS:": return text(.subcommandsHeading)
            default: break
            }
            if line.hasSuffix(" SUBCOMMANDS:"), !line.hasPrefix(" ") {
                let group = line.dropLast(" SUBCOMMANDS:".count)
                return text(.subcommandGroupHeading(group: String(group)))
            }
            if let match = line.wholeMatch(of: #/  See '(?<command>.+) <subcommand>' for detailed help\./#) {
                return "  " + text(.seeForMoreHelp(command: t.quote("\(match.command) \(subcommand)")))
            }
            return
                line
                .replacingOccurrences(of: "<subcommand>", with: subcommand)
                .replacingOccurrences(of: "Show the version.", with: text(.showVersion))
                .replacingOccurrences(of: "Show help information.", with: text(.showHelp))
                .replacingOccurrences(of: "(default:", with: "(" + text(.defaultLabel))
                .replacingOccurrences(of: "; default:", with: "; " + text(.defaultLabel))
                .replacingOccurrences(of: "(values:", with: text(.valuesLabel))
        }
        return lines.joined(separator: "\n")
    }

    /// The terminal's width: `COLUMNS`, else the window of standard output, else 80.
    private static func terminalWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
