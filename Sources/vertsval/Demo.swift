import ArgumentParser
import Foundation
import Vertsval
import VertsvalReport
import VertsvalStudy

/// `vertsval demo`: evaluate the bundled Sogn case and show where to go next.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: CLIText.demoAbstract.text)

    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback

    static let bundledCase = "Cases/sogn/ureining-miljo-tilsyn.yaml"

    func run() throws {
        guard let path = Self.locate(Self.bundledCase) else {
            throw Console.badFlag(
                text(.bundledCaseMissing(path: Self.bundledCase)),
                language: lang)
        }
        let evaluated = try Console.run(lang) { () throws(StudyError) in try EvaluateCase.run(StudyInput(path: path)) }
        Console.out(try StudyOutput.evaluation(evaluated, format: .text, language: lang, width: Console.width))
        Console.out(nextSteps(path: path))
    }

    func nextSteps(path: String) -> String {
        // The commands name the bundled files where the case was found: relative in the
        // package root (with `swift run`), else with the folder found and this executable, so
        // that every line also works when the demo ran from another folder.
        let root = String(path.dropLast(Self.bundledCase.count))
        let vertsval = root.isEmpty ? "swift run vertsval" : (CommandLine.arguments.first ?? "vertsval")
        let lines = [
            "",
            text(.whatNext),
            "-------",
            text(.tryOtherWeights)
                + "\(vertsval) evaluate \(path) --weight reisetid=30",
            text(.fourCandidates)
                + "\(vertsval) evaluate \(root)Cases/sogn/ppt-vertskommune.yaml",
            text(.markdownOrJSON)
                + "\(vertsval) evaluate \(path) --format markdown",
            text(.checkDataFiles)
                + "\(vertsval) validate \(root)Cases/sogn/*.yaml \(root)Criteria/*.yaml",
            text(.howRobust)
                + "\(vertsval) sensitivity \(path)",
            text(.reportForCase)
                + "\(vertsval) report \(path) -o rapport.pdf",
            text(.assignAllServices)
                + "\(vertsval) optimize \(root)Cases/sogn/tenester-2027.yaml",
            text(.moveWeightsInBrowser)
                + "\(vertsval) serve" + (root.isEmpty ? "" : " --root \(root.hasSuffix("/") ? String(root.dropLast()) : root)"),
            text(.otherLanguages)
                + "\(vertsval) demo --lang en",
            text(.dataFiles(root: root)),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private func text(_ key: CLIMessageText) -> String { key.text(in: lang) }

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
