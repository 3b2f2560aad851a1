/// Renders a document as Markdown (CommonMark with GitHub tables), for git and e-mail.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The document as Markdown, ending in a newline.
    public func render(_ document: Document) -> String {
        var out: [String] = ["# " + escape(document.title)]
        if let subtitle = document.subtitle { out += ["", "_" + escape(subtitle) + "_"] }
        for block in document.blocks {
            switch block {
            case let .heading(text, level):
                out += ["", String(repeating: "#", count: min(6, level + 1)) + " " + escape(text)]
            case let .paragraph(text):
                out += ["", escape(text)]
            case let .bullets(items):
                out.append("")
                out += items.map { "- " + escape($0) }
            case let .keyFigures(figures):
                out.append("")
                out += figures.map { figure in
                    "- \(escape(figure.label)): **\(escape(figure.value))**" + (figure.detail.map { " (\(escape($0)))" } ?? "")
                }
            case let .table(table):
                out.append("")
                out += render(table)
            case let .note(note):
                out += ["", "> **\(escape(note.label)):** \(escape(note.text))"]
            case let .chart(chart):
                out += ["", "_\(escape(chart.title))._ \(escape(chart.altText))"]
            case .pageBreakHint:
                continue
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func render(_ table: Table) -> [String] {
        var out: [String] = []
        if let caption = table.caption { out += ["**\(escape(caption))**", ""] }
        func row(_ cells: [String], bold: Bool = false) -> String {
            "| "
                + cells.map { text in
                    let escaped = cell(text)
                    return bold && !escaped.isEmpty ? "**\(escaped)**" : escaped
                }.joined(separator: " | ") + " |"
        }
        out.append(row(table.columns.map(\.title)))
        out.append("|" + table.columns.map { $0.alignment == .trailing ? "---:|" : ":---|" }.joined())
        out += table.rows.map { row($0) }
        out += table.footer.map { row($0, bold: true) }
        return out
    }

    private func cell(_ text: String) -> String {
        escape(text).replacingAll("|", with: "\\|")
    }

    /// Escapes the characters that would otherwise start Markdown syntax mid-text.
    func escape(_ text: String) -> String {
        var out = ""
        for char in text {
            switch char {
            case "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(char)"
            default: out.append(char)
            }
        }
        return out
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for char in self { if char == target { out += replacement } else { out.append(char) } }
        return out
    }
}
