import ArgumentParser
import Foundation
import Vertsval
import VertsvalReport
import VertsvalStudy

/// `vertsval demo`: evaluate the bundled Sogn case and show where to go next.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CLIText.demoAbstract.text)

    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback

    static let bundledCase = "Cases/sogn/ureining-miljo-tilsyn.yaml"

    func run() throws {
        guard let path = Self.locate(Self.bundledCase) else {
            throw Console.badFlag(
                Phrasebook(lang).pick(
                    nn: "finn ikkje \(Self.bundledCase); køyr kommandoen frå mappa med vertsval-kjeldekoden",
                    nb: "finner ikke \(Self.bundledCase); kjør kommandoen fra mappen med vertsval-kildekoden",
                    en: "cannot find \(Self.bundledCase); run the command from the vertsval source folder"),
                language: lang)
        }
        let evaluated = try Console.run(lang) { () throws(StudyError) in try EvaluateCase.run(StudyInput(path: path)) }
        Console.out(try StudyOutput.evaluation(evaluated, format: .text, language: lang))
        Console.out(nextSteps(path: path))
    }

    func nextSteps(path: String) -> String {
        let t = Phrasebook(lang)
        let lines = [
            "",
            t.pick(nn: "Kva no?", nb: "Hva nå?", en: "What next?"),
            "-------",
            t.pick(nn: "  Prøv andre vekter:        ", nb: "  Prøv andre vekter:        ", en: "  Try other weights:        ")
                + "swift run vertsval evaluate \(path) --weight reisetid=30",
            t.pick(nn: "  Fire kandidatar:          ", nb: "  Fire kandidater:          ", en: "  Four candidates:          ")
                + "swift run vertsval evaluate Cases/sogn/ppt-vertskommune.yaml",
            t.pick(nn: "  Markdown eller JSON:      ", nb: "  Markdown eller JSON:      ", en: "  Markdown or JSON:         ")
                + "swift run vertsval evaluate \(path) --format markdown",
            t.pick(nn: "  Kontroller datafilene:    ", nb: "  Kontroller datafilene:    ", en: "  Check the data files:     ")
                + "swift run vertsval validate Cases/sogn/*.yaml Criteria/*.yaml",
            t.pick(nn: "  Kor robust er det?        ", nb: "  Hvor robust er det?       ", en: "  How robust is it?         ")
                + "swift run vertsval sensitivity \(path)",
            t.pick(nn: "  Rapport til saka (PDF):   ", nb: "  Rapport til saken (PDF):  ", en: "  Report for the case (PDF):")
                + (lang == .en ? " " : "") + "swift run vertsval report \(path) -o rapport.pdf",
            t.pick(nn: "  Fordel alle tenestene:    ", nb: "  Fordel alle tjenestene:   ", en: "  Assign all the services:  ")
                + "swift run vertsval optimize Cases/sogn/tenester-2027.yaml",
            t.pick(nn: "  Flytt vekter i nettlesar: ", nb: "  Flytt vekter i nettleser: ", en: "  Move weights in a browser:")
                + (lang == .en ? " " : "") + "swift run vertsval serve",
            t.pick(nn: "  Bokmål eller engelsk:     ", nb: "  Bokmål eller engelsk:     ", en: "  Bokmål or English:        ")
                + "swift run vertsval demo --lang en",
            t.pick(
                nn: "  Datafilene:               Criteria/vertskommune-2025.yaml, Cases/sogn/",
                nb: "  Datafilene:               Criteria/vertskommune-2025.yaml, Cases/sogn/",
                en: "  The data files:           Criteria/vertskommune-2025.yaml, Cases/sogn/"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `relative` in the working folder, or in a folder above the executable (so that
    /// `.build/debug/vertsval demo` works from anywhere inside a checkout).
    static func locate(_ relative: String) -> String? {
        let manager = FileManager.default
        if manager.fileExists(atPath: relative) { return relative }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(relative).path
            if manager.fileExists(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
