import Vertsval

/// Renders a document as one self-contained HTML5 file: inline CSS with a print
/// stylesheet for A4, inline SVG charts, no scripts and no external requests.
///
/// The markup is also well-formed XML (void elements are self-closed, text is escaped,
/// no named entities besides XML's own), so it can be checked with an XML parser. Text
/// is escaped for `& < > " '`; non-breaking spaces and other characters are written as
/// UTF-8. Charts are `<svg role="img">` labelled by their `<title>` and described by
/// their `<desc>`, followed by the same text alternative for readers that skip SVG.
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
        for block in document.blocks {
            switch block {
            case let .heading(text, level):
                let tag = "h\(min(6, max(2, level + 1)))"
                out.append("<\(tag)>\(escape(text))</\(tag)>")
            case let .paragraph(text):
                out.append("<p>\(escape(text))</p>")
            case let .bullets(items):
                out.append("<ul>")
                out += items.map { "<li>\(escape($0))</li>" }
                out.append("</ul>")
            case let .keyFigures(figures):
                out += keyFigures(figures)
            case let .table(table):
                counter.tables += 1
                out += render(table, id: "table-\(counter.tables)")
            case let .note(note):
                let label = note.label.isEmpty ? "" : "<strong>\(escape(note.label)):</strong> "
                out.append("<aside class=\"note note-\(note.kind.rawValue)\" role=\"note\"><p>\(label)\(escape(note.text))</p></aside>")
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

    /// Key figures as a description list: label as term, figure and detail as details.
    func keyFigures(_ figures: [KeyFigure]) -> [String] {
        var out = ["<dl class=\"key-figures\">"]
        for figure in figures {
            var item = "<div class=\"key-figure\"><dt>\(escape(figure.label))</dt><dd class=\"value\">\(escape(figure.value))</dd>"
            if let detail = figure.detail { item += "<dd class=\"detail\">\(escape(detail))</dd>" }
            out.append(item + "</div>")
        }
        out.append("</dl>")
        return out
    }

    /// A table in a scrollable region named by its caption; header cells are
    /// `<th scope="col">` (an empty header becomes a plain cell), footer rows go in
    /// `<tfoot>`, and trailing columns are right-aligned.
    func render(_ table: Table, id: String) -> [String] {
        let captionID = "\(id)-caption"
        let region = table.caption == nil ? "" : " role=\"region\" aria-labelledby=\"\(captionID)\" tabindex=\"0\""
        var out = ["<div class=\"table-wrap\"\(region)>", "<table>"]
        if let caption = table.caption { out.append("<caption id=\"\(captionID)\">\(escape(caption))</caption>") }
        func cellClass(_ column: Int) -> String {
            table.columns[column].alignment == .trailing ? " class=\"num\"" : ""
        }
        func row(_ cells: [String]) -> String {
            "<tr>" + cells.enumerated().map { "<td\(cellClass($0))>\(escape($1))</td>" }.joined() + "</tr>"
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

    /// A chart as a figure: a visible caption, the SVG, and the text alternative hidden
    /// visually but read by screen readers and kept by text-only browsers and copy-paste.
    func render(_ chart: Chart, id: String, language: Language) -> [String] {
        [
            "<figure class=\"chart\">",
            "<figcaption>\(escape(chart.title))</figcaption>",
            SVGChart(chart, language: language).render(id: id).trailingNewlineRemoved,
            "<p class=\"visually-hidden\">\(escape(chart.altText))</p>",
            "</figure>",
        ]
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
