import Vertsval

/// Tables: column widths from content, rows that break across pages with the header row
/// repeated, numbers right-aligned, footer rows set apart.
extension PDFPaginator {
    /// Horizontal padding inside a cell.
    static let cellPaddingX = 4.0
    /// Vertical padding inside a cell.
    static let cellPaddingY = 3.0

    /// One row of cells, measured at their column widths.
    struct TableRow {
        /// Which part of the table a row belongs to.
        enum Kind {
            /// The column headers, repeated on every page.
            case header
            /// A body row; odd `index`es are shaded.
            case body(index: Int)
            /// A summary row; the `first` has a rule above it.
            case footer(first: Bool)
        }

        /// Which part of the table the row belongs to.
        var kind: Kind
        /// One text per column.
        var cells: [PDFText]
        /// The measured cells, in the same order.
        var metrics: [PDFTextMetrics]

        /// The height of the whole row.
        var height: Double {
            (metrics.map(\.height).max() ?? 0) + 2 * PDFPaginator.cellPaddingY
        }
    }

    /// A table, broken between rows across pages.
    ///
    /// The caption, header row and first two rows start on the same page, and a short table
    /// (up to `keepTogetherRows` rows) that fits on a page is not broken at all; rows move
    /// whole to the next page, which starts with a line naming the table and the header row
    /// again, and never with the last row alone; a row taller than a page is split between
    /// lines.
    mutating func table(_ table: Table) throws {
        guard !table.columns.isEmpty else { return }
        space(10)
        let (size, widths) = columnWidths(table)
        let header = try row(table.columns.map(\.title), kind: .header, table: table, size: size, widths: widths)
        var rows = try table.rows.enumerated().map { index, cells in
            try row(cells, kind: .body(index: index), table: table, size: size, widths: widths)
        }
        rows += try table.footer.enumerated().map { index, cells in
            try row(cells, kind: .footer(first: index == 0), table: table, size: size, widths: widths)
        }
        let caption = table.caption.map(captionText)
        let captionMetrics = try caption.map { try canvas.measure($0) }
        var continuation = PDFText(
            ReportText.continued.text(in: document.language) + (table.caption ?? ""), size: PDFPageStyle.smallSize,
            color: ReportTheme.muted, width: width)
        continuation.ellipsize = true
        let continuationHeight = try canvas.measure(continuation).height + 3

        let captionHeight = captionMetrics.map { $0.height + 4 } ?? 0
        let whole = captionHeight + header.height + rows.reduce(0) { $0 + $1.height }
        if rows.count <= Self.keepTogetherRows && whole <= bottom - bodyTop {
            ensure(whole)
        } else {
            ensure(captionHeight + header.height + rows.prefix(2).reduce(0) { $0 + $1.height })
        }
        emit(.begin(.table))
        if let caption, let captionMetrics {
            emit(.begin(.caption))
            emit(.text(caption, lines: 0..<captionMetrics.lines.count, x: left, y: y))
            emit(.end)
            y += captionMetrics.height + 4
        }
        place(header, widths: widths)
        let tallest = bottom - bodyTop - continuationHeight - header.height
        let tailStart = table.rows.count - 2
        for (index, row) in rows.enumerated() {
            let fits = y + row.height <= bottom
            // The last two body rows and the footer go together when the last body row (with
            // the footer) would otherwise start a page alone.
            let tail = rows[index...].reduce(0) { $0 + $1.height }
            let widow =
                index == tailStart && index >= 2 && fits && y + tail > bottom && tail <= tallest
            if (!fits || widow) && row.height <= tallest {
                newTablePage(continuation: continuation, height: continuationHeight, header: header, widths: widths)
            }
            place(row, widths: widths) { paginator in
                paginator.newTablePage(continuation: continuation, height: continuationHeight, header: header, widths: widths)
            }
        }
        emit(.rule(x1: left, y1: y, x2: left + width, y2: y, color: ReportTheme.rule, width: 0.8))
        emit(.end)
    }

    /// Estimated widths are this much too small at worst (the width table against pango's
    /// layout, kerning and hinting): with less, a range such as «13,5–38,3» in a column at
    /// its minimum width broke after the dash.
    static let widthAllowance = 1.06

    /// Tables with at most this many rows (footer included) are kept on one page when they fit.
    static let keepTogetherRows = 6

    /// A new page that continues a table: a small line naming it, and its header row,
    /// both artifacts (the header row's cells are in the structure tree once, on the first
    /// page).
    mutating func newTablePage(continuation: PDFText, height: Double, header: TableRow, widths: [Double]) {
        newPage()
        emit(.begin(.artifact))
        emit(.text(continuation, lines: 0..<1, x: left, y: y))
        y += height
        place(header, widths: widths)
        emit(.end)
    }

    /// The font size and column widths for `table`: the table size if every column's
    /// widest word fits, else the first smaller size at which they do, else the smallest.
    func columnWidths(_ table: Table) -> (size: Double, widths: [Double]) {
        let sizes = [PDFPageStyle.tableSize] + PDFPageStyle.tableFallbackSizes
        let padding = 2 * Self.cellPaddingX + 1
        let leading = table.columns.map { $0.alignment == .leading }
        var result: (Double, [Double]) = (PDFPageStyle.tableSize, [])
        for size in sizes {
            var natural = [Double](repeating: 0, count: table.columns.count)
            var minimum = natural
            let rows = [(table.columns.map(\.title), true)] + table.rows.map { ($0, false) } + table.footer.map { ($0, true) }
            for (cells, bold) in rows {
                for (column, cell) in cells.enumerated() where column < natural.count {
                    for line in cell.split(separator: "\n", omittingEmptySubsequences: false) {
                        natural[column] = max(natural[column], ChartTextMetrics.width(String(line), size: size, bold: bold) * Self.widthAllowance)
                        for word in line.split(separator: " ") {
                            minimum[column] = max(minimum[column], ChartTextMetrics.width(String(word), size: size, bold: bold) * Self.widthAllowance)
                        }
                    }
                }
            }
            natural = natural.map { $0 + padding }
            minimum = minimum.map { $0 + padding }
            result = (size, PDFColumnWidths.allocate(natural: natural, minimum: minimum, leading: leading, available: width))
            if minimum.reduce(0, +) <= width { break }
        }
        return result
    }

    /// A row's cells set at their column widths and measured.
    func row(_ cells: [String], kind: TableRow.Kind, table: Table, size: Double, widths: [Double]) throws -> TableRow {
        let bold: Bool
        switch kind {
        case .header, .footer: bold = true
        case .body: bold = false
        }
        let texts = cells.enumerated().map { column, cell in
            PDFText(
                cell, size: size, bold: bold, width: widths[column] - 2 * Self.cellPaddingX,
                alignment: table.columns[column].alignment == .trailing ? .right : .left)
        }
        let cells = texts.map { text in
            var text = text
            text.spacing = 0.15
            return text
        }
        return try TableRow(kind: kind, cells: cells, metrics: []).measured(by: canvas)
    }

    /// Places a row at the current position: its background and rules, then its cells.
    ///
    /// When the row does not fit, it is split between lines and `continueOnNewPage` starts
    /// each following page.
    mutating func place(_ row: TableRow, widths: [Double], continueOnNewPage: ((inout PDFPaginator) -> Void)? = nil) {
        var starts = [Int](repeating: 0, count: row.cells.count)
        var freshPage = false
        while true {
            let room = bottom - y - 2 * Self.cellPaddingY
            var ends = starts
            for (column, metrics) in row.metrics.enumerated() {
                while ends[column] < metrics.lines.count, metrics.height(of: starts[column]..<(ends[column] + 1)) <= room {
                    ends[column] += 1
                }
            }
            if ends == starts, !freshPage, let continueOnNewPage {
                continueOnNewPage(&self)
                freshPage = true
                continue
            }
            if ends == starts {
                // Not even one line fits on a fresh page: only a cell line taller than the
                // page body could cause this; set one line so that the loop ends.
                ends = zip(starts, row.metrics).map { min($0 + 1, $1.lines.count) }
            }
            let height = (zip(zip(starts, ends), row.metrics).map { $1.height(of: $0.0..<$0.1) }.max() ?? 0) + 2 * Self.cellPaddingY
            emit(.begin(.tableRow))
            decorate(row, y: y, height: height)
            var x = left
            let cell: PDFStructure
            if case .header = row.kind { cell = .headerCell } else { cell = .dataCell }
            for (column, text) in row.cells.enumerated() {
                emit(.begin(cell))
                if ends[column] > starts[column] {
                    emit(.text(text, lines: starts[column]..<ends[column], x: x + Self.cellPaddingX, y: y + Self.cellPaddingY))
                }
                emit(.end)
                x += widths[column]
            }
            emit(.end)
            y += height
            starts = ends
            let done = zip(starts, row.metrics).allSatisfy { $0 >= $1.lines.count }
            guard !done, let continueOnNewPage else { break }
            continueOnNewPage(&self)
            freshPage = true
        }
    }

    /// The background and rules of a row.
    mutating func decorate(_ row: TableRow, y top: Double, height: Double) {
        switch row.kind {
        case .header:
            emit(.fill(x: left, y: top, width: width, height: height, color: ReportTheme.tableHeaderFill))
            emit(.rule(x1: left, y1: top + height, x2: left + width, y2: top + height, color: ReportTheme.rule, width: 0.8))
        case let .body(index):
            if index % 2 == 1 { emit(.fill(x: left, y: top, width: width, height: height, color: ReportTheme.tableStripe)) }
        case let .footer(first):
            if first { emit(.rule(x1: left, y1: top, x2: left + width, y2: top, color: ReportTheme.rule, width: 1.2)) }
        }
    }
}

extension PDFPaginator.TableRow {
    /// The row with every cell measured.
    func measured(by canvas: PDFCanvas) throws -> PDFPaginator.TableRow {
        var row = self
        row.metrics = try cells.map { try canvas.measure($0) }
        return row
    }
}
