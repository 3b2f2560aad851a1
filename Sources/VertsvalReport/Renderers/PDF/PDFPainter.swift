import Vertsval

/// Draws laid-out pages on the canvas: the running header and "Side x av y" on every
/// page, then the page's content, and the outline entries of its headings.
///
/// When `tagged`, the painter also writes the structure tree: it opens and closes the
/// structure elements the paginator placed among the ops, wraps the whole in a Document
/// element, and draws the running header, the page number, rules and backgrounds as
/// artifacts. A text holding a passage in another language than the document's is drawn
/// in pieces, each in a `Span` (`PDFLanguagePieces`), at the same places as when drawn
/// whole. Without tags the same ops give the same drawing, byte for byte as before
/// tagging existed.
struct PDFPainter {
    /// The canvas drawn on.
    let canvas: PDFCanvas
    /// The running header, or nil.
    let header: PDFText?
    /// The language of the page footer.
    let language: Language
    /// Whether to write the structure tree.
    var tagged = false
    /// The passages in another language than the document's, marked when `tagged`.
    var otherLanguageTexts: [OtherLanguageText] = []

    /// Draws every page, in order, and returns the text alternatives of the figures and the
    /// languages of the spans in the order they were opened (the order of the Figure and
    /// Span elements in the structure tree).
    @discardableResult
    func paint(_ pages: [PDFPage]) throws -> PDFStructureAttributes {
        var parents: [Int: Int32] = [:]
        var tags = try PDFTagStack(canvas: canvas, enabled: tagged)
        var languages = PDFLanguagePieces(tagged ? otherLanguageTexts : [])
        for (index, page) in pages.enumerated() {
            try tags.artifact { try chrome(page: index + 1, of: pages.count) }
            for (position, op) in page.ops.enumerated() {
                switch op {
                case let .text(text, lines, x, y):
                    if tags.contentInSpans, let pieces = languages.pieces(of: text) {
                        for piece in pieces where try canvas.draws(text, lines: lines, bytes: piece.bytes) {
                            try tags.span(piece.language) { try canvas.draw(text, lines: lines, x: x, y: y, bytes: piece.bytes) }
                        }
                    } else {
                        try tags.content { try canvas.draw(text, lines: lines, x: x, y: y) }
                    }
                case let .fill(x, y, width, height, color):
                    try tags.artifact { try canvas.rectangle(x: x, y: y, width: width, height: height, fill: color) }
                case let .rule(x1, y1, x2, y2, color, width):
                    try tags.artifact { try canvas.polyline([(x1, y1), (x2, y2)], color: color, width: width) }
                case let .chart(geometry, x, y, scale):
                    try tags.content { try chart(geometry, x: x, y: y, scale: scale) }
                case let .outline(title, level, y):
                    let parent = (1..<max(1, level)).reversed().lazy.compactMap { parents[$0] }.first ?? 0
                    parents[level] = try canvas.addOutline(title, parent: parent, page: index + 1, y: y)
                    for deeper in parents.keys where deeper > level { parents[deeper] = nil }
                case let .begin(structure):
                    let mixed = PDFTagStack.isMixed(page.ops[(position + 1)...]) { languages.pieces(of: $0) != nil }
                    try tags.open(structure, mixed: mixed)
                case .end:
                    try tags.close()
                }
            }
            try canvas.showPage()
        }
        try tags.finish()
        return tags.attributes
    }

    /// The running header with a rule under it, and the page number.
    func chrome(page: Int, of count: Int) throws {
        let left = PDFPageStyle.left
        let width = PDFPageStyle.contentWidth
        if let header {
            let metrics = try canvas.measure(header)
            try canvas.draw(header, lines: 0..<metrics.lines.count, x: left, y: PDFPageStyle.headerTop)
            let ruleY = PDFPageStyle.headerTop + metrics.height + 5
            try canvas.polyline([(left, ruleY), (left + width, ruleY)], color: ReportTheme.gridline, width: 0.8)
        }
        let footer = PDFText(
            ReportText.pageNumber(page: page, count: count).text(in: language),
            size: PDFPageStyle.smallSize, color: ReportTheme.muted, width: width, alignment: .right)
        try canvas.draw(footer, lines: 0..<1, x: left, y: PDFPageStyle.footerTop)
    }

    /// A chart's shapes scaled from chart units, with its top left at (`x`, `y`).
    func chart(_ geometry: ChartGeometry, x: Double, y: Double, scale: Double) throws {
        func point(_ p: ChartPoint) -> (x: Double, y: Double) { (x + p.x * scale, y + p.y * scale) }
        for shape in geometry.shapes {
            switch shape {
            case let .rect(rx, ry, width, height, fill, stroke):
                try canvas.rectangle(
                    x: x + rx * scale, y: y + ry * scale, width: width * scale, height: height * scale, fill: fill, stroke: stroke,
                    lineWidth: 0.6 * scale)
            case let .line(from, to, stroke, width, dash):
                try canvas.polyline([point(from), point(to)], color: stroke, width: width * scale, dash: dash.map { $0 * scale })
            case let .polyline(points, stroke, width, dash):
                try canvas.polyline(points.map(point), color: stroke, width: width * scale, dash: dash.map { $0 * scale }, round: true)
            case let .circle(center, radius, fill, stroke, width):
                let c = point(center)
                try canvas.circle(x: c.x, y: c.y, radius: radius * scale, fill: fill, stroke: stroke, width: width * scale)
            case let .text(label):
                try canvas.drawLabel(label, scale: scale, originX: x, originY: y, within: geometry.width * scale)
            }
        }
    }
}
