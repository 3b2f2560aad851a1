import Vertsval

/// Renders a document as one self-contained HTML5 file: inline CSS with a print
/// stylesheet for A4, inline SVG charts, no scripts and no external requests.
///
/// The markup is also well-formed XML (void elements are self-closed, text is escaped,
/// no named entities besides XML's own), so it can be checked with an XML parser. Text
/// is escaped for `& < > " '`; non-breaking spaces and other characters are written as
/// UTF-8. Charts are `<svg role="img">` labelled by their `<title>` and described by
/// their `<desc>`, followed by the same text alternative for readers that skip SVG, and by
/// their numbers as a table behind a disclosure (for readers who cannot tell the colours
/// apart or see the chart).
///
/// The page meets WCAG 2.1 AA (checked with axe-core in a browser by
/// `Tests/browser/accessibility.py`): one `h1`, headings in order, landmarks, tables that
/// scroll in a focusable region of their own on narrow screens, a visible focus ring.
///
/// ```swift
/// let html = HTMLRenderer().render(document, metadata: HTMLMetadata(author: "Sogn regionråd"))
/// ```
public struct HTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The document as an HTML page, ending in a newline.
    public func render(_ document: Document, metadata: HTMLMetadata = HTMLMetadata()) -> String {
        var out: [String] = ["<!DOCTYPE html>", "<html lang=\"\(document.language.rawValue)\">", "<head>"]
        out.append("<meta charset=\"utf-8\"/>")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        out.append("<title>\(escape(document.title))</title>")
        if let author = metadata.author { out.append(meta("author", author)) }
        if let description = metadata.description ?? document.subtitle { out.append(meta("description", description)) }
        if !metadata.keywords.isEmpty { out.append(meta("keywords", metadata.keywords.joined(separator: ", "))) }
        out.append(meta("generator", metadata.generator))
        if let date = metadata.date { out.append(meta("dcterms.date", date.description)) }
        out.append("<style>\n\(HTMLStylesheet.css(for: document.language))\n</style>")
        out += ["</head>", "<body>"]
        let header = document.runningHeader.filter { !$0.isEmpty }
        if !header.isEmpty {
            out.append("<header class=\"running-header\"><p>\(header.map(escape).joined(separator: " · "))</p></header>")
        }
        out.append("<main>")
        out.append("<h1>\(escape(document.title))</h1>")
        if let subtitle = document.subtitle { out.append("<p class=\"subtitle\">\(escape(subtitle))</p>") }
        var counter = (tables: 0, charts: 0)
        let marker = LanguageMarker(document.otherLanguageTexts)
        for block in document.blocks {
            switch block {
            case let .heading(text, level):
                let tag = "h\(min(6, max(2, level + 1)))"
                out.append("<\(tag)>\(marker.html(text))</\(tag)>")
            case let .paragraph(text):
                out.append("<p>\(marker.html(text))</p>")
            case let .bullets(items):
                out.append("<ul>")
                out += items.map { "<li>\(marker.html($0))</li>" }
                out.append("</ul>")
            case let .keyFigures(figures):
                out += keyFigures(figures)
            case let .table(table):
                counter.tables += 1
                out += render(table, id: "table-\(counter.tables)", marker: marker)
            case let .note(note):
                let label = note.label.isEmpty ? "" : "<strong>\(escape(note.label)):</strong> "
                out.append("<aside class=\"note note-\(note.kind.rawValue)\" role=\"note\"><p>\(label)\(marker.html(note.text))</p></aside>")
            case let .chart(chart):
                counter.charts += 1
                out += render(chart, id: "chart-\(counter.charts)", language: document.language)
            case .pageBreakHint:
                continue
            }
        }
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Key figures as a row of description lists (one per figure, so that every `dt` and
    /// `dd` has its `dl` as parent): label as term, figure and detail as details.
    func keyFigures(_ figures: [KeyFigure]) -> [String] {
        var out = ["<div class=\"key-figures\">"]
        for figure in figures {
            var item = "<dl class=\"key-figure\"><dt>\(escape(figure.label))</dt><dd class=\"value\">\(escape(figure.value))</dd>"
            if let detail = figure.detail { item += "<dd class=\"detail\">\(escape(detail))</dd>" }
            out.append(item + "</dl>")
        }
        out.append("</div>")
        return out
    }

    /// A table in a scrollable region named by its caption; header cells are
    /// `<th scope="col">` (an empty header becomes a plain cell), footer rows go in
    /// `<tfoot>`, and trailing columns are right-aligned; `marker` marks passages in
    /// another language in the cells.
    func render(_ table: Table, id: String, marker: LanguageMarker = .none) -> [String] {
        let captionID = "\(id)-caption"
        let region = table.caption == nil ? "" : " role=\"region\" aria-labelledby=\"\(captionID)\" tabindex=\"0\""
        var out = ["<div class=\"table-wrap\"\(region)>", "<table>"]
        if let caption = table.caption { out.append("<caption id=\"\(captionID)\">\(escape(caption))</caption>") }
        func cellClass(_ column: Int) -> String {
            table.columns[column].alignment == .trailing ? " class=\"num\"" : ""
        }
        func row(_ cells: [String]) -> String {
            "<tr>" + cells.enumerated().map { "<td\(cellClass($0))>\(marker.html($1))</td>" }.joined() + "</tr>"
        }
        let headers = table.columns.enumerated().map { column, header in
            header.title.isEmpty ? "<td></td>" : "<th scope=\"col\"\(cellClass(column))>\(escape(header.title))</th>"
        }
        out.append("<thead><tr>" + headers.joined() + "</tr></thead>")
        out.append("<tbody>")
        out += table.rows.map(row)
        out.append("</tbody>")
        if !table.footer.isEmpty {
            out.append("<tfoot>")
            out += table.footer.map(row)
            out.append("</tfoot>")
        }
        out += ["</table>", "</div>"]
        return out
    }

    /// A chart as a figure: a visible caption, the SVG, the text alternative hidden
    /// visually but read by screen readers and kept by text-only browsers and copy-paste,
    /// and the chart's numbers as a table behind a disclosure.
    func render(_ chart: Chart, id: String, language: Language) -> [String] {
        [
            "<figure class=\"chart\">",
            "<figcaption>\(escape(chart.title))</figcaption>",
            SVGChart(chart, language: language).render(id: id).trailingNewlineRemoved,
            "<p class=\"visually-hidden\">\(escape(chart.altText))</p>",
        ] + numbers(of: chart, id: id, language: language) + ["</figure>"]
    }

    /// The values of a chart as a table: a row per category (bars) or per x value (lines),
    /// a column per series, formatted as the chart writes them.
    func numbers(of chart: Chart, id: String, language: Language) -> [String] {
        let format = NumberFormat(language)
        let isLines = chart.kind == .lines
        let rowCount = isLines ? chart.xValues.count : chart.categories.count
        guard rowCount > 0, !chart.series.isEmpty else { return [] }
        func rowLabel(_ row: Int) -> String {
            if row < chart.categories.count { return chart.categories[row] }
            let x = chart.xValues[row]
            return format.format(x, decimals: x == x.rounded() ? 0 : 1)
        }
        func value(_ series: Chart.Series, _ row: Int) -> String {
            guard row < series.values.count, series.values[row].isFinite else { return "–" }
            let value = series.values[row]
            return chart.kind == .divergingBars
                ? format.signed(value, decimals: chart.valueDecimals) : format.format(value, decimals: chart.valueDecimals)
        }
        let corner = isLines && !chart.xLabel.isEmpty ? "<th scope=\"col\">\(escape(chart.xLabel))</th>" : "<td></td>"
        var out = [
            "<details class=\"chart-data\">",
            "<summary id=\"\(id)-data\">\(escape(ReportText.chartNumbers.text(in: language)))</summary>",
            "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)-data\" tabindex=\"0\">",
            "<table>",
            "<thead><tr>" + corner + chart.series.map { "<th scope=\"col\" class=\"num\">\(escape($0.name))</th>" }.joined() + "</tr></thead>",
            "<tbody>",
        ]
        for row in 0..<rowCount {
            out.append(
                "<tr><th scope=\"row\">\(escape(rowLabel(row)))</th>"
                    + chart.series.map { "<td class=\"num\">\(escape(value($0, row)))</td>" }.joined()
                    + "</tr>")
        }
        out += ["</tbody>", "</table>", "</div>", "</details>"]
        return out
    }

    private func meta(_ name: String, _ content: String) -> String {
        "<meta name=\"\(escape(name))\" content=\"\(escape(content))\"/>"
    }

    private func escape(_ text: String) -> String {
        XMLText.escaped(text)
    }
}

extension String {
    /// The string without one final line feed.
    var trailingNewlineRemoved: String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
