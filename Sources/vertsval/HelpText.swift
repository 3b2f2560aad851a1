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

    /// `text` with ArgumentParser's English phrases translated; English is left as it is.
    static func localized(_ text: String, in language: Language) -> String {
        guard language.isNorwegian else { return text }
        let t = Phrasebook(language)
        let subcommand = t.pick(nn: "<kommando>", nb: "<kommando>", en: "<subcommand>")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            if line.hasPrefix("OVERVIEW: ") { line = t.pick(nn: "OVERSYN: ", nb: "OVERSIKT: ", en: "") + line.dropFirst("OVERVIEW: ".count) }
            // "USAGE: " and "BRUK:  " are both seven wide, so continuation lines stay aligned.
            if line.hasPrefix("USAGE: ") { line = "BRUK:  " + line.dropFirst("USAGE: ".count) }
            switch line {
            case "ARGUMENTS:": return t.pick(nn: "ARGUMENT:", nb: "ARGUMENTER:", en: line)
            case "OPTIONS:": return t.pick(nn: "VAL:", nb: "VALG:", en: line)
            case "SUBCOMMANDS:": return t.pick(nn: "KOMMANDOAR:", nb: "KOMMANDOER:", en: line)
            default: break
            }
            if line.hasSuffix(" SUBCOMMANDS:"), !line.hasPrefix(" ") {
                let group = line.dropLast(" SUBCOMMANDS:".count)
                return t.pick(nn: "KOMMANDOAR FOR ", nb: "KOMMANDOER FOR ", en: "") + group + ":"
            }
            if let match = line.wholeMatch(of: #/  See '(?<command>.+) <subcommand>' for detailed help\./#) {
                return "  " + t.pick(nn: "Sjå ", nb: "Se ", en: "") + t.quote("\(match.command) \(subcommand)")
                    + t.pick(nn: " for meir hjelp.", nb: " for mer hjelp.", en: "")
            }
            return
                line
                .replacingOccurrences(of: "<subcommand>", with: subcommand)
                .replacingOccurrences(of: "Show the version.", with: t.pick(nn: "Vis versjonen.", nb: "Vis versjonen.", en: ""))
                .replacingOccurrences(of: "Show help information.", with: t.pick(nn: "Vis hjelpa.", nb: "Vis hjelpen.", en: ""))
                .replacingOccurrences(of: "(default:", with: "(standard:")
                .replacingOccurrences(of: "; default:", with: "; standard:")
                .replacingOccurrences(of: "(values:", with: t.pick(nn: "(verdiar:", nb: "(verdier:", en: ""))
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
