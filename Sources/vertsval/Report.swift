import ArgumentParser
import Foundation
import Vertsval
import VertsvalReport
import VertsvalStudy

/// `vertsval report FILE -o OUT.pdf|OUT.html|OUT.md`: the attachment for a case paper.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lag rapport (PDF, HTML eller Markdown) til saksframlegget.",
        discussion: """
            Writes the assessment of a case (or scenario), or the assignment of a portfolio, as an A4 \
            PDF with running header and "Side x av y", a self-contained HTML file, or Markdown; the \
            format follows the extension of -o. The same inputs, --date and --seed give the same \
            bytes, from here and from the workbench. The file is written through a temporary file \
            and renamed, so an interrupted run never leaves a half-written report.
            """
    )

    @Argument(help: "Ei sak (kind: case), eit scenario (kind: scenario) eller ein portefølje (kind: portfolio).")
    var file: String

    @Option(name: .shortAndLong, help: "Rapportfila: .pdf, .html eller .md.")
    var output: String

    @Option(name: .long, help: "Språk: nn, nb eller en.")
    var lang: Language = .nn

    @Option(name: .long, help: "Datoen rapporten gjeld (ÅÅÅÅ-MM-DD); standard er i dag.")
    var date: String?

    @Option(name: .long, help: "Frø for robustheitsanalysen, så resultatet kan attskapast.")
    var seed: UInt64 = StudyDefaults.seed

    @Option(
        name: .long,
        help: "Trekningar i robustheitsanalysen (standard: \(StudyDefaults.caseSamples) for ei sak, \(StudyDefaults.portfolioSamples) for ein portefølje).")
    var samples: Int?

    @OptionGroup var weights: WeightOptions

    @OptionGroup var rules: RuleOptions

    @OptionGroup var limits: TimeLimitOptions

    func validate() throws {
        let t = Phrasebook(lang)
        guard ReportFormat(fileName: output) != nil else {
            throw ValidationError(
                t.pick(
                    nn: "-o må slutte på .pdf, .html eller .md, ikkje «\(output)»", nb: "-o må slutte på .pdf, .html eller .md, ikke «\(output)»",
                    en: "-o must end in .pdf, .html or .md, not '\(output)'"))
        }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError(
                t.pick(
                    nn: "--date skal skrivast ÅÅÅÅ-MM-DD, ikkje «\(date)»", nb: "--date skal skrives ÅÅÅÅ-MM-DD, ikke «\(date)»",
                    en: "--date must be YYYY-MM-DD, not '\(date)'"))
        }
    }

    func run() throws {
        let reportDate = date.flatMap(CalendarDate.init(iso:)) ?? CalendarDate(utc: Date())
        let content = try Console.run(lang) { () throws(StudyError) in
            let input = StudyInput(path: file, weights: try weights.adjustments(), rulesOff: rules.tokens)
            return try PrepareReport.run(.init(input: input, date: reportDate, seed: seed, samples: samples, timeLimits: try limits.timeLimits()))
        }
        Console.report(content.warnings, language: lang)
        let format = ReportFormat(fileName: output) ?? .md
        let rendered: ReportFile
        do {
            rendered = try ReportFile.render(content, format: format, language: lang)
        } catch {
            throw Console.failure(error.localizedDescription, language: lang)
        }
        try Console.writeAtomically(rendered.data, to: output, language: lang)
        Console.err(Phrasebook(lang).pick(nn: "Skreiv \(output)", nb: "Skrev \(output)", en: "Wrote \(output)"))
    }
}
