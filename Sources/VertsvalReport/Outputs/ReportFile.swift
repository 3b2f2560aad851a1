public import Foundation
public import Vertsval
public import VertsvalStudy

/// A report ready to save or download: its bytes, media type and file name.
public struct ReportFile: Sendable {
    /// The file's bytes.
    public let data: Data
    /// Its media type.
    public let mediaType: String
    /// A file name for it: the case or portfolio id, marked when it is a scenario or a draft.
    public let fileName: String

    /// Renders `content` as a report in `format`; the same content, date, seed and PDF
    /// profile give the same bytes, whichever front-end asks.
    ///
    /// - Parameter pdfProfile: The kind of PDF (ignored for other formats): PDF/A-2a for
    ///   the archive unless asked otherwise.
    /// - Throws: `PDFRenderError` when the PDF cannot be made.
    public static func render(
        _ content: ReportContent, format: ReportFormat, language: Language, pdfProfile: PDFProfile = .archive
    ) throws -> ReportFile {
        let document = self.document(content, language: language)
        let date = content.reproducibility.date
        let data: Data
        switch format {
        case .pdf:
            let metadata = PDFMetadata(
                title: ProvenanceNote(content.provenance, language: language).title(content.title(in: language)), author: nil,
                subject: content.subjectLine(in: language),
                keywords: ["vertskommune", "vertsval"], date: date)
            data = try PDFRenderer(profile: pdfProfile).render(document, metadata: metadata)
        case .html:
            data = Data(HTMLRenderer().render(document, metadata: HTMLMetadata(date: date)).utf8)
        case .md:
            data = Data(MarkdownRenderer().render(document).utf8)
        }
        return ReportFile(data: data, mediaType: format.mediaType, fileName: content.fileStem + "." + format.rawValue)
    }

    /// The report as a document; a what-if run's title and every page's running header
    /// say «Scenario» or «Utkast», so that no page can be taken for the official result.
    public static func document(_ content: ReportContent, language: Language) -> Document {
        let note = ProvenanceNote(content.provenance, language: language)
        var document = unmarkedDocument(content, language: language, note: note)
        if content.provenance.isWhatIf {
            document.title = note.title(document.title)
            document.runningHeader.insert(note.label, at: 0)
        }
        return document
    }

    static func unmarkedDocument(_ content: ReportContent, language: Language, note: ProvenanceNote) -> Document {
        switch content.subject {
        case let .case(evaluated, robustness):
            var options = CaseReport.Options.report(content.reproducibility, robustness: robustness)
            options.members = content.members.map {
                MembersReport($0.view, evaluation: evaluated.evaluation, robustness: $0.robustness, language: language)
            }
            var document = CaseReport(evaluated.analysis, language: language, options: options).document()
            document.blocks.insert(contentsOf: note.blocks(for: evaluated.analysis), at: 0)
            return document
        case let .portfolio(optimized, robust):
            var document = PortfolioReport(optimized, language: language, reproducibility: content.reproducibility, robust: robust).document()
            document.blocks.insert(contentsOf: note.blocks(for: optimized.input.loaded.portfolio) + note.timeLimitBlocks(), at: 0)
            return document
        }
    }
}
