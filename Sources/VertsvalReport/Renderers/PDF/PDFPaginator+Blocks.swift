import Vertsval

/// The title block and the text-like blocks.
extension PDFPaginator {
    /// The title and subtitle on page 1, with a rule under them; a title longer than the
    /// page breaks across pages.
    mutating func titleBlock() throws {
        let title = PDFText(document.title, size: PDFPageStyle.titleSize, bold: true, color: ReportTheme.heading, width: width)
        let titleMetrics = try canvas.measure(title)
        emit(.begin(.heading(level: 1)))
        if y + titleMetrics.height <= bottom {
            emit(.text(title, lines: 0..<titleMetrics.lines.count, x: left, y: y))
            y += titleMetrics.height
        } else {
            flow(title, metrics: titleMetrics, x: left)
        }
        emit(.end)
        if let subtitle = document.subtitle, !subtitle.isEmpty {
            y += 4
            let text = PDFText(subtitle, size: PDFPageStyle.subtitleSize, color: ReportTheme.muted, width: width)
            let metrics = try canvas.measure(text)
            emit(.begin(.paragraph))
            emit(.text(text, lines: 0..<metrics.lines.count, x: left, y: y))
            emit(.end)
            y += metrics.height
        }
        y += 8
        emit(.rule(x1: left, y1: y, x2: left + width, y2: y, color: ReportTheme.rule, width: 1))
        y += 6
    }

    /// A heading, kept on the same page as the start of the block after it.
    mutating func heading(_ text: String, level: Int, next: Block?) throws {
        space(level <= 1 ? 16 : 11)
        let heading = PDFText(text, size: PDFPageStyle.headingSize(level), bold: true, color: ReportTheme.heading, width: width)
        let metrics = try canvas.measure(heading)
        let lead = try next.map(leadHeight) ?? 0
        ensure(metrics.height + 5 + lead)
        emit(.outline(title: text, level: level, y: y))
        // The document title is H1, so a section (level 1) is H2.
        emit(.begin(.heading(level: level + 1)))
        if y + metrics.height <= bottom {
            emit(.text(heading, lines: 0..<metrics.lines.count, x: left, y: y))
            y += metrics.height + 3
        } else {
            // Longer than the page: breaks across pages like a paragraph.
            flow(heading, metrics: metrics, x: left)
            y += 3
        }
        emit(.end)
        afterHeading = true
    }

    /// The height a block needs at least on the page where it starts: a heading followed
    /// by less than this moves to the next page.
    func leadHeight(_ block: Block) throws -> Double {
        switch block {
        case let .paragraph(text):
            let metrics = try canvas.measure(bodyText(text, width: width))
            return metrics.height(of: 0..<min(2, metrics.lines.count)) + 8
        case let .bullets(items):
            guard let first = items.first else { return 0 }
            let metrics = try canvas.measure(bodyText(first, width: width - 14))
            return metrics.height(of: 0..<min(2, metrics.lines.count)) + 8
        case let .table(table):
            let caption = try table.caption.map { try canvas.measure(captionText($0)).height + 4 } ?? 0
            return caption + 4 * PDFPageStyle.tableSize * 1.5 + 10
        case let .chart(chart):
            return try chartHeight(chart) + 12
        case .keyFigures:
            return 70
        case .note:
            return 3 * PDFPageStyle.bodySize * 1.4 + 26
        case .heading:
            return 40
        case .pageBreakHint:
            return 0
        }
    }

    /// Body text of `width`.
    func bodyText(_ text: String, width: Double) -> PDFText {
        PDFText(text, size: PDFPageStyle.bodySize, width: width)
    }

    /// A paragraph, breaking between lines.
    mutating func paragraph(_ text: String) throws {
        space(7)
        let body = bodyText(text, width: width)
        emit(.begin(.paragraph))
        flow(body, metrics: try canvas.measure(body), x: left)
        emit(.end)
    }

    /// A bulleted list; each item breaks between lines, its bullet beside its first line.
    mutating func bullets(_ items: [String]) throws {
        space(7)
        let indent = 14.0
        emit(.begin(.list))
        for (index, item) in items.enumerated() {
            if index > 0 { y += 3 }
            let text = bodyText(item, width: width - indent)
            let metrics = try canvas.measure(text)
            guard !metrics.lines.isEmpty else { continue }
            let bullet = PDFText("•", size: PDFPageStyle.bodySize, width: nil)
            let x = left
            // The bullet is the item's label; the text after it is its body.
            let marker: (Double) -> [PDFDrawOp] = { top in
                [.begin(.label), .text(bullet, lines: 0..<1, x: x + 3, y: top), .end, .begin(.listBody)]
            }
            emit(.begin(.listItem))
            flow(text, metrics: metrics, x: left + indent, marker: marker)
            emit(.end)
            emit(.end)
        }
        emit(.end)
    }

    /// Key figures as boxes, up to four in a row; each row is kept whole.
    mutating func keyFigures(_ figures: [KeyFigure]) throws {
        guard !figures.isEmpty else { return }
        space(10)
        let perRow = figures.count <= 4 ? figures.count : 3
        let gap = 10.0
        let padding = 8.0
        let accent = 3.0
        let boxWidth = (width - gap * Double(perRow - 1)) / Double(perRow)
        let inner = boxWidth - accent - 2 * padding
        for rowStart in stride(from: 0, to: figures.count, by: perRow) {
            let row = figures[rowStart..<min(figures.count, rowStart + perRow)]
            var contents: [[(PDFText, PDFTextMetrics)]] = []
            for figure in row {
                var parts = [PDFText(figure.label, size: 8.5, color: ReportTheme.muted, width: inner)]
                parts.append(PDFText(figure.value, size: 16, bold: true, color: ReportTheme.heading, width: inner))
                if let detail = figure.detail, !detail.isEmpty { parts.append(PDFText(detail, size: 8.5, color: ReportTheme.muted, width: inner)) }
                contents.append(try parts.map { ($0, try canvas.measure($0)) })
            }
            let heights = contents.map { parts in parts.map(\.1.height).reduce(0, +) + 3 * Double(parts.count - 1) }
            let boxHeight = (heights.max() ?? 0) + 2 * padding
            if rowStart > 0 { y += gap }
            ensure(boxHeight)
            for (column, parts) in contents.enumerated() {
                let x = left + Double(column) * (boxWidth + gap)
                emit(.fill(x: x, y: y, width: boxWidth, height: boxHeight, color: ReportTheme.keyFigureFill))
                emit(.fill(x: x, y: y, width: accent, height: boxHeight, color: ReportTheme.accent))
                var top = y + padding
                emit(.begin(.paragraph))
                for (text, metrics) in parts {
                    emit(.text(text, lines: 0..<metrics.lines.count, x: x + accent + padding, y: top))
                    top += metrics.height + 3
                }
                emit(.end)
            }
            y += boxHeight
        }
    }

    /// A note in a shaded box with a bar at its side and its label in bold; a long note
    /// breaks between lines, each part in its own box.
    mutating func note(_ note: Note) throws {
        space(10)
        let padding = 8.0
        let accentWidth = 3.0
        let fill = note.kind == .important ? ReportTheme.importantFill : ReportTheme.infoFill
        let accent = note.kind == .important ? ReportTheme.importantAccent : ReportTheme.accent
        var runs: [PDFText.Run] = []
        if !note.label.isEmpty { runs.append(PDFText.Run(text: note.label + ": ", bold: true)) }
        runs.append(PDFText.Run(text: note.text))
        let text = PDFText(runs: runs, size: PDFPageStyle.bodySize, width: width - accentWidth - 2 * padding)
        let x = left
        let width = width
        let background: (Double, Double) -> [PDFDrawOp] = { top, height in
            [.fill(x: x, y: top, width: width, height: height, color: fill), .fill(x: x, y: top, width: accentWidth, height: height, color: accent)]
        }
        emit(.begin(.note))
        flow(text, metrics: try canvas.measure(text), x: left + accentWidth + padding, padding: padding, background: background)
        emit(.end)
    }

    /// A table caption.
    func captionText(_ caption: String) -> PDFText {
        PDFText(caption, size: PDFPageStyle.tableSize, bold: true, width: width)
    }
}
