public import Foundation

/// Renders a document as an A4 PDF with real, selectable text and vector charts, for
/// attaching to case papers.
///
/// Text is set in DejaVu Sans with pango and embedded (subset) by cairo; charts are drawn
/// from the same `ChartLayout` as the HTML report's SVG. Every page has the document's
/// running header and "Side x av y" ("Page x of y" in English); headings become PDF
/// bookmarks. The same document and metadata give byte-identical files: the date comes
/// from `PDFMetadata`, and nothing else cairo writes depends on time or chance.
///
/// The `archive` profile (the default) makes a PDF/A-2a file: the same pages, tagged
/// (`PDFStructure`) and finished with qpdf (`PDFArchive`); `plain` leaves out both.
///
/// ```swift
/// let date = CalendarDate(year: 2026, month: 2, day: 23)!
/// let pdf = try PDFRenderer().render(document, metadata: PDFMetadata(title: document.title, date: date))
/// try pdf.write(to: URL(fileURLWithPath: "vurdering.pdf"))
/// ```
public struct PDFRenderer: Sendable {
    /// The kind of PDF made.
    public var profile: PDFProfile

    /// Creates a renderer for `profile`.
    public init(profile: PDFProfile = .archive) {
        self.profile = profile
    }

    /// The document as PDF bytes.
    ///
    /// - Complexity: One pango layout per paragraph, table cell and chart label, made while
    ///   paginating and reused while drawing, also when the text runs over several pages;
    ///   linear in the length of the text, long unbroken words included
    ///   (`PDFLineBreaking`).
    /// - Throws: `PDFRenderError` when cairo, pango or qpdf fail, or when the DejaVu Sans
    ///   font is not installed (another font would change the layout from machine to
    ///   machine).
    public func render(_ document: Document, metadata: PDFMetadata) throws -> Data {
        try renderCounting(document, metadata: metadata).data
    }

    /// The document as PDF bytes, and how many pango layouts were made for it.
    func renderCounting(_ document: Document, metadata: PDFMetadata) throws -> (data: Data, layouts: Int) {
        let canvas = try PDFCanvas(width: PDFPageStyle.pageWidth, height: PDFPageStyle.pageHeight)
        let family = try canvas.resolvedFamily(ReportTheme.fontFamily)
        guard family == ReportTheme.fontFamily else {
            throw PDFRenderError.fontUnavailable(family: ReportTheme.fontFamily, substitute: family)
        }
        try canvas.setMetadata(metadata)
        var paginator = try PDFPaginator(document: document, canvas: canvas)
        let pages = try paginator.layout()
        let tagged = profile == .archive
        let painter = PDFPainter(
            canvas: canvas, header: paginator.header, language: document.language, tagged: tagged, otherLanguageTexts: document.otherLanguageTexts)
        let attributes = try painter.paint(pages)
        let drawn = try canvas.finish()
        guard tagged else { return (PDFDatePrefix.repaired(drawn), canvas.layoutsMade) }
        let archive = PDFArchive(metadata: metadata, language: document.language, attributes: attributes)
        return (try archive.finished(drawn), canvas.layoutsMade)
    }
}
