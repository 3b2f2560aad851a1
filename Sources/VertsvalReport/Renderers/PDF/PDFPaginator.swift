import Vertsval

/// Lays a document out on A4 pages: measures every text with pango and decides what goes
/// on which page, without drawing anything.
///
/// Runs before `PDFPainter`, so that the footer of every page can name the page count.
/// Paragraphs, bullets and notes break between lines (never leaving a single first or
/// last line alone when it can be helped); headings stay with the start of what follows;
/// tables break between rows and repeat their header row; charts and key figures are
/// kept whole.
struct PDFPaginator {
    /// The canvas used for measuring.
    let canvas: PDFCanvas
    /// The document laid out.
    let document: Document
    /// The running header, or nil when the document has none.
    let header: PDFText?
    /// The top of the body on every page, below the running header.
    let bodyTop: Double
    /// The pages laid out so far.
    private(set) var pages: [PDFPage] = [PDFPage()]
    /// The current vertical position on the last page.
    var y: Double
    /// Whether the last thing laid out was a heading (it wants only a small gap after it).
    var afterHeading = false

    /// The most characters of the running header (about three lines); a longer one is cut
    /// with "…", so that it cannot push the body off the page.
    static let headerLimit = 300

    /// Creates a paginator and measures the running header.
    init(document: Document, canvas: PDFCanvas) throws {
        self.canvas = canvas
        self.document = document
        let lines = document.runningHeader.filter { !$0.isEmpty }
        if lines.isEmpty {
            header = nil
            bodyTop = PDFPageStyle.headerTop + 6
        } else {
            var joined = lines.joined(separator: "  ·  ")
            if joined.count > Self.headerLimit { joined = String(joined.prefix(Self.headerLimit - 1)) + "…" }
            var text = PDFText(joined, size: PDFPageStyle.smallSize, color: ReportTheme.muted, width: PDFPageStyle.contentWidth)
            text.spacing = 0.2
            header = text
            bodyTop = PDFPageStyle.headerTop + (try canvas.measure(text)).height + 6 + 16
        }
        y = bodyTop
    }

    /// The left edge of the text column.
    var left: Double { PDFPageStyle.left }
    /// The width of the text column.
    var width: Double { PDFPageStyle.contentWidth }
    /// The lowest point body content may reach.
    var bottom: Double { PDFPageStyle.bodyBottom }

    /// Lays out the title and every block, and returns the pages.
    mutating func layout() throws -> [PDFPage] {
        try titleBlock()
        let blocks = document.blocks
        for (index, block) in blocks.enumerated() {
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            switch block {
            case let .heading(text, level): try heading(text, level: level, next: next)
            case let .paragraph(text): try paragraph(text)
            case let .bullets(items): try bullets(items)
            case let .keyFigures(figures): try keyFigures(figures)
            case let .table(table): try self.table(table)
            case let .note(note): try self.note(note)
            case let .chart(chart): try self.chart(chart)
            case .pageBreakHint:
                if bottom - y < PDFPageStyle.breakHintShare * (bottom - bodyTop) { newPage() }
            }
        }
        return pages
    }

    // MARK: Page bookkeeping

    /// Adds `op` to the current page.
    mutating func emit(_ op: PDFDrawOp) {
        pages[pages.count - 1].ops.append(op)
    }

    /// Starts a new page.
    mutating func newPage() {
        pages.append(PDFPage())
        y = bodyTop
        afterHeading = false
    }

    /// Whether the current page is still empty.
    var atPageTop: Bool { y <= bodyTop }

    /// Moves down by `amount` before a block, unless at the top of a page; after a heading
    /// the gap is small.
    mutating func space(_ amount: Double) {
        if !atPageTop { y += afterHeading ? min(amount, 4) : amount }
        afterHeading = false
    }

    /// Starts a new page unless `height` fits below the current position (or the page is
    /// still empty).
    mutating func ensure(_ height: Double) {
        if y + height > bottom && !atPageTop { newPage() }
    }

    // MARK: Flowing text

    /// Places `text` line by line, breaking across pages.
    ///
    /// - Parameters:
    ///   - padding: Space above and below the lines of every slice (for boxes).
    ///   - background: Ops drawn behind each slice, given its top and height.
    ///   - marker: Ops drawn beside the first line (a bullet), given its top.
    mutating func flow(
        _ text: PDFText, metrics: PDFTextMetrics, x: Double, padding: Double = 0,
        background: ((Double, Double) -> [PDFDrawOp])? = nil, marker: ((Double) -> [PDFDrawOp])? = nil
    ) {
        let count = metrics.lines.count
        guard count > 0 else { return }
        var start = 0
        while start < count {
            var end = start
            while end < count, y + 2 * padding + metrics.height(of: start..<(end + 1)) <= bottom { end += 1 }
            let orphan = start == 0 && end == 1 && count > 1
            if end == start || orphan {
                if !atPageTop {
                    newPage()
                    continue
                }
                end = max(end, start + 1)
            }
            if end < count && count - end == 1 && end - start >= 3 { end -= 1 }
            let height = metrics.height(of: start..<end) + 2 * padding
            if let background { for element in background(y, height) { emit(element) } }
            if start == 0, let marker { for element in marker(y + padding) { emit(element) } }
            emit(.text(text, lines: start..<end, x: x, y: y + padding))
            y += height
            start = end
            if start < count { newPage() }
        }
    }
}
