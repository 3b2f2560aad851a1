/// Charts: a bold title, the drawing scaled to the text width, and the text alternative
/// in small type under it, kept on one page.
extension PDFPaginator {
    /// The chart's title as set above it.
    func chartTitle(_ chart: Chart) -> PDFText {
        PDFText(chart.title, size: PDFPageStyle.bodySize, bold: true, width: width)
    }

    /// The chart's text alternative as set under it.
    func chartNote(_ chart: Chart) -> PDFText {
        PDFText(chart.altText, size: PDFPageStyle.smallSize, color: ReportTheme.muted, width: width)
    }

    /// The scale from chart units to points: the text width, or less if the chart would
    /// not fit on an empty page.
    func chartScale(_ geometry: ChartGeometry, title: PDFTextMetrics, note: PDFTextMetrics) -> Double {
        let room = bottom - bodyTop - title.height - note.height - 16
        return min(width / geometry.width, room / geometry.height)
    }

    /// The height a chart takes, title and note included.
    func chartHeight(_ chart: Chart) throws -> Double {
        let geometry = ChartLayout(chart, language: document.language).geometry()
        let title = try canvas.measure(chartTitle(chart))
        let note = try canvas.measure(chartNote(chart))
        return title.height + 6 + geometry.height * chartScale(geometry, title: title, note: note) + 6 + note.height
    }

    /// A chart, moved to the next page if it does not fit.
    mutating func chart(_ chart: Chart) throws {
        space(12)
        let geometry = ChartLayout(chart, language: document.language).geometry()
        let title = chartTitle(chart)
        let note = chartNote(chart)
        let titleMetrics = try canvas.measure(title)
        let noteMetrics = chart.altText.isEmpty ? PDFTextMetrics(width: 0, height: 0, lines: []) : try canvas.measure(note)
        let scale = chartScale(geometry, title: titleMetrics, note: noteMetrics)
        ensure(titleMetrics.height + 6 + geometry.height * scale + 6 + noteMetrics.height)
        emit(.begin(.paragraph))
        emit(.text(title, lines: 0..<titleMetrics.lines.count, x: left, y: y))
        emit(.end)
        y += titleMetrics.height + 6
        emit(.begin(.figure(alt: chart.altText.isEmpty ? chart.title : chart.altText)))
        emit(.chart(geometry, x: left + (width - geometry.width * scale) / 2, y: y, scale: scale))
        emit(.end)
        y += geometry.height * scale + 6
        if !noteMetrics.lines.isEmpty {
            emit(.begin(.paragraph))
            emit(.text(note, lines: 0..<noteMetrics.lines.count, x: left, y: y))
            emit(.end)
            y += noteMetrics.height
        }
    }
}
