import ArgumentParser
import Foundation
import Vertsval
import VertsvalOptimizer
import VertsvalReport

/// `vertsval report FILE -o OUT.pdf|OUT.html|OUT.md`: the attachment for a case paper.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lag rapport (PDF, HTML eller Markdown) til saksframlegget.",
        discussion: """
            Writes the assessment of a case, or the assignment of a portfolio, as an A4 PDF with \
            running header and "Side x av y", a self-contained HTML file, or Markdown; the format \
            follows the extension of -o. The same inputs, --date and --seed give the same bytes. \
            The file is written through a temporary file and renamed, so an interrupted run never \
            leaves a half-written report.
            """
    )

    @Argument(help: "Ei sak (kind: case) eller ein portefølje (kind: portfolio).")
    var file: String

    @Option(name: .shortAndLong, help: "Rapportfila: .pdf, .html eller .md.")
    var output: String

    @Option(name: .long, help: "Språk: nn, nb eller en.")
    var lang: Language = .nn

    @Option(name: .long, help: "Datoen rapporten gjeld (ÅÅÅÅ-MM-DD); standard er i dag.")
    var date: String?

    @Option(name: .long, help: "Frø for robustheitsanalysen, så resultatet kan attskapast.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Trekningar i robustheitsanalysen.")
    var samples: Int = 50_000

    enum Format: String {
        case pdf, html, md
    }

    var format: Format? {
        Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
    }

    func validate() throws {
        guard format != nil else { throw ValidationError("-o must end in .pdf, .html or .md, not '\(output)'") }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'") }
    }

    func run() throws {
        let reportDate = date.flatMap(CalendarDate.init(iso:)) ?? Self.today()
        let built: (document: Document, title: String, subject: String)
        if Loader.kind(ofFileAt: file) == .portfolio {
            built = try portfolioDocument(date: reportDate)
        } else {
            built = try caseDocument(date: reportDate)
        }
        let bytes: Data
        switch format {
        case .pdf?:
            let metadata = PDFMetadata(title: built.title, author: nil, subject: built.subject, keywords: ["vertskommune", "vertsval"], date: reportDate)
            bytes = try PDFRenderer().render(built.document, metadata: metadata)
        case .html?:
            bytes = Data(HTMLRenderer().render(built.document, metadata: HTMLMetadata(date: reportDate)).utf8)
        case .md?, nil:
            bytes = Data(MarkdownRenderer().render(built.document).utf8)
        }
        try Console.writeAtomically(bytes, to: output, language: lang)
        Console.err(Phrasebook(lang).pick(nn: "Skreiv \(output)", nb: "Skrev \(output)", en: "Wrote \(output)"))
    }

    private func caseDocument(date: CalendarDate) throws -> (Document, String, String) {
        let loaded: LoadedCase
        do {
            loaded = try Loader.loadCase(at: file)
        } catch {
            throw Console.invalidInput(error, language: lang)
        }
        Console.report(loaded.warnings, language: lang)
        let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides)
        let evaluation = Evaluator.evaluate(loaded, weights: weights)
        let robustness: CaseRobustness?
        do {
            robustness = evaluation.ranked.count >= 2 ? try CaseRobustness(evaluation, options: SMAAOptions(samples: samples, seed: seed)) : nil
        } catch {
            throw Console.failure(error.message(in: lang), language: lang)
        }
        let reproducibility = Reproducibility(
            date: date, toolVersion: VertsvalVersion.current, solverVersion: AssignmentOptimizer.solverVersion,
            seed: robustness == nil ? nil : seed, samples: robustness == nil ? nil : samples, files: loaded.files)
        let document = CaseReport(evaluation, language: lang, options: .report(reproducibility, robustness: robustness)).document()
        return (document, loaded.case.title.text(lang), loaded.template.title.text(lang))
    }

    private func portfolioDocument(date: CalendarDate) throws -> (Document, String, String) {
        let loaded: LoadedPortfolio
        do {
            loaded = try Loader.loadPortfolio(at: file)
        } catch {
            throw Console.invalidInput(error, language: lang)
        }
        Console.report(loaded.warnings, language: lang)
        let result = try AssignmentOptimizer.optimize(loaded.portfolio, options: .init(alternatives: 3))
        let robustSamples = min(samples, 1000)
        let robust = try? RobustAssignment.run(loaded.portfolio, cases: loaded.cases, samples: robustSamples, seed: seed)
        let reproducibility = Reproducibility(
            date: date, toolVersion: VertsvalVersion.current, solverVersion: AssignmentOptimizer.solverVersion,
            seed: robust == nil ? nil : seed, samples: robust == nil ? nil : robustSamples, files: loaded.files)
        let document = PortfolioReport(
            loaded.portfolio, result: result, language: lang, reproducibility: reproducibility, robust: robust
        ).document()
        return (document, loaded.portfolio.title.text(lang), loaded.portfolio.region.name.text(lang))
    }

    /// Today's date in UTC (used only when --date is not given).
    static func today() -> CalendarDate {
        CalendarDate(utc: Date())
    }

}
