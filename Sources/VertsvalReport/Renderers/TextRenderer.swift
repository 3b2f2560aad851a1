/// Renders a document as plain text for the terminal: readable without colour, wrapped to
/// a fixed width, tables aligned in columns. Charts are left out; their data is always in
/// a table too.
public struct TextRenderer: Sendable {
    /// The line width text is wrapped to.
    public var width: Int

    /// Creates a renderer that wraps at `width` columns.
    public init(width: Int = 88) {
        self.width = max(40, width)
    }

    /// The document as text, ending in a newline.
    public func render(_ document: Document) -> String {
        var out: [String] = []
        out.append(document.title)
        out.append(String(repeating: "=", count: min(width, document.title.count)))
        if let subtitle = document.subtitle { out += wrap(subtitle) }
        for block in document.blocks {
            switch block {
            case let .heading(text, level):
                out.append("")
                out.append(text)
                out.append(String(repeating: level <= 1 ? "-" : "·", count: min(width, text.count)))
            case let .paragraph(text):
                out.append("")
                out += wrap(text)
            case let .bullets(items):
                out.append("")
                for item in items { out += wrap(item, first: "  • ", rest: "    ") }
            case let .keyFigures(figures):
                out.append("")
                for figure in figures {
                    let detail = figure.detail.map { " (\($0))" } ?? ""
                    out += wrap("\(figure.label): \(figure.value)\(detail)", first: "  ", rest: "    ")
                }
            case let .table(table):
                out.append("")
                out += render(table)
            case let .note(note):
                out.append("")
                let label = note.label.uppercased() + ": "
                out += wrap(label + note.text, first: "", rest: String(repeating: " ", count: min(label.count, 10)))
            case .chart, .pageBreakHint:
                continue
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func render(_ table: Table) -> [String] {
        var out: [String] = []
        if let caption = table.caption { out += wrap(caption) }
        let all = [table.columns.map(\.title)] + table.rows + table.footer
        let widths = table.columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                let last = index == cells.count - 1
                switch table.columns[index].alignment {
                case .leading: parts.append(last ? cell : cell + pad)
                case .trailing: parts.append(pad + cell)
                }
            }
            return "  " + parts.joined(separator: "  ")
        }
        let rule = "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        out.append(line(table.columns.map(\.title)))
        out.append(rule)
        for row in table.rows { out.append(line(row)) }
        if !table.footer.isEmpty {
            out.append(rule)
            for row in table.footer { out.append(line(row)) }
        }
        return out.map { $0.trailingSpacesRemoved }
    }

    /// Wraps `text` at word boundaries; words longer than the width stay whole.
    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var current = first
        var currentIsEmpty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = currentIsEmpty ? current + word : current + " " + word
            if candidate.count > width, !currentIsEmpty {
                lines.append(current)
                current = rest + word
            } else {
                current = candidate
            }
            currentIsEmpty = false
        }
        lines.append(current)
        return lines
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
