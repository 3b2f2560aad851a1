import ArgumentParser
import Foundation
import Vertsval
import VertsvalReport
import VertsvalStudy

/// `vertsval report FILE -o OUT.pdf|OUT.html|OUT.md`: the attachment for a case paper.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: CLIText.reportAbstract.text,
        discussion: CLIText.reportDiscussion.text
    )

    @Argument(help: ArgumentHelp(CLIText.studyFile.text))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(CLIText.reportOutput.text))
    var output: String

    @Option(name: .long, help: ArgumentHelp(CLIText.lang.text))
    var lang: Language = CLILanguage.fallback

    @Option(name: .long, help: ArgumentHelp(CLIText.reportDate.text))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.reportSeed.text))
    var seed: UInt64 = StudyDefaults.seed

    @Option(
        name: .long,
        help: ArgumentHelp(CLIText.reportSamples.text))
    var samples: Int?

    @Option(name: .long, help: ArgumentHelp(CLIText.reportPDFProfile.text))
    var pdfProfile: PDFProfile = .archive

    @OptionGroup var weights: WeightOptions

    @OptionGroup var scores: ScoreOptions

    @OptionGroup var rules: RuleOptions

    @OptionGroup var limits: TimeLimitOptions

    func validate() throws {
        guard ReportFormat(fileName: output) != nil else {
            throw ValidationError(
                text(.outputExtension(output: output)))
        }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError(
                text(.dateFormat(date: date)))
        }
    }

    private func text(_ key: CLIMessageText) -> String { key.text(in: lang) }

    func run() throws {
        let reportDate = date.flatMap(CalendarDate.init(iso:)) ?? CalendarDate(utc: Date())
        let content = try Console.run(lang) { () throws(StudyError) in
            let input = StudyInput(path: file, weights: try weights.adjustments(), scores: try scores.adjustments(), rulesOff: rules.tokens)
            return try PrepareReport.run(.init(input: input, date: reportDate, seed: seed, samples: samples, timeLimits: try limits.timeLimits()))
        }
        Console.report(content.warnings, language: lang)
        let format = ReportFormat(fileName: output) ?? .md
        let rendered: ReportFile
        do {
            rendered = try ReportFile.render(content, format: format, language: lang, pdfProfile: pdfProfile)
        } catch {
            throw Console.failure(error.localizedDescription, language: lang)
        }
        try Console.writeAtomically(rendered.data, to: output, language: lang)
        Console.err(text(.wrote(output: output)))
    }
}
