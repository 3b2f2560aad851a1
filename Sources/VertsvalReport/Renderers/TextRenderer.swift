/// Renders a document as plain text for the terminal: readable without colour, wrapped to
/// a fixed width, tables aligned in columns. Charts are left out; their data is always in
/// a table too.
public struct TextRenderer: Sendable {
    /// The line width text is wrapped to.
    public var width: Int

    /// The width when the terminal's is not known.
    public static let defaultWidth = 80

    /// Creates a renderer that wraps at `width` columns (at least 40).
    public init(width: Int = TextRenderer.defaultWidth) {
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
        var natural = table.columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        // Two spaces between columns; one between two number columns when the table would
        // not fit even with every cell wrapped down to its longest word (the members'
        // weights table: eight number columns). Number columns then take the width of their
        // widest word, so that they stay alike.
        var separators = table.columns.indices.map { $0 == 0 ? "" : "  " }
        let minimum = Self.minimumWidths(natural, columns: table.columns, cells: all)
        if minimum.reduce(2 + 2 * max(0, natural.count - 1), +) > width {
            for index in table.columns.indices where table.columns[index].alignment == .trailing {
                natural[index] = minimum[index]
                if index > 0, table.columns[index - 1].alignment == .trailing { separators[index] = " " }
            }
        }
        let widths = Self.fit(natural, columns: table.columns, cells: all, width: width - separators.map { $0.count }.reduce(0, +) - 2)
        func lines(_ cells: [String]) -> [String] {
            // Each cell wrapped to its column; a row is as many lines as its tallest cell.
            let wrapped = cells.enumerated().map { index, cell in
                cell.count <= widths[index]
                    ? [cell] : Self.wrap(cell, width: widths[index], breakingWords: table.columns[index].alignment == .leading)
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                var parts: [String] = []
                for (index, cell) in wrapped.enumerated() {
                    let text = row < cell.count ? cell[row] : ""
                    let pad = String(repeating: " ", count: max(0, widths[index] - text.count))
                    let last = index == cells.count - 1
                    switch table.columns[index].alignment {
                    case .leading: parts.append(separators[index] + (last ? text : text + pad))
                    case .trailing: parts.append(separators[index] + pad + text)
                    }
                }
                return "  " + parts.joined()
            }
        }
        let rule = "  " + widths.indices.map { separators[$0] + String(repeating: "─", count: widths[$0]) }.joined()
        out += lines(table.columns.map(\.title))
        out.append(rule)
        for row in table.rows { out += lines(row) }
        if !table.footer.isEmpty {
            out.append(rule)
            for row in table.footer { out += lines(row) }
        }
        return out.map { $0.trailingSpacesRemoved }
    }

    /// Column widths whose sum fits `width` when the natural ones do not: the widest column
    /// gives up a character at a time, down to its longest word or 12 characters (1 for a
    /// trailing-aligned one), whichever is more. When that is still too wide, leading
    /// columns go on down to 12 characters, and their longer words are broken with a hyphen
    /// (a table wider than the terminal wraps every line and cannot be read).
    static func fit(_ natural: [Int], columns: [Table.Column], cells: [[String]], width: Int) -> [Int] {
        var widths = natural
        let floor = natural.indices.map { min(natural[$0], columns[$0].alignment == .leading ? 12 : 1) }
        let minimum = minimumWidths(natural, columns: columns, cells: cells)
        for limit in [minimum, natural.indices.map { columns[$0].alignment == .leading ? floor[$0] : minimum[$0] }] {
            while widths.reduce(0, +) > width {
                guard let widest = widths.indices.filter({ widths[$0] > limit[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        return widths
    }

    /// The narrowest each column gets without breaking a word: its longest word, or 12
    /// characters (1 for a trailing-aligned column), whichever is more, and never more than
    /// its natural width.
    static func minimumWidths(_ natural: [Int], columns: [Table.Column], cells: [[String]]) -> [Int] {
        natural.indices.map { column -> Int in
            let longestWord = cells.map { row in row[column].split(separator: " ").map(\.count).max() ?? 0 }.max() ?? 0
            return min(natural[column], max(columns[column].alignment == .leading ? 12 : 1, longestWord))
        }
    }

    /// Wraps `text` at word boundaries; words longer than the width stay whole.
    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        Self.wrap(text, width: width, first: first, rest: rest)
    }

    /// `text` wrapped at word boundaries to `width` (a paragraph, or a table cell), the first
    /// line starting with `first` and the others with `rest`; longer words stay whole unless
    /// `breakingWords`, when they are broken with a hyphen.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String = "", breakingWords: Bool = false) -> [String] {
        var lines: [String] = []
        var current = first
        var currentIsEmpty = true
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if breakingWords, width >= 4 {
            words = words.flatMap { word -> [String] in
                var pieces: [String] = []
                var left = Substring(word)
                while left.count > width {
                    // At least three letters go to the next line: «samarbeidskom-»/«munane».
                    let take = min(width - 1, left.count - 3)
                    pieces.append(String(left.prefix(take)) + "-")
                    left = left.dropFirst(take)
                }
                return pieces + [String(left)]
            }
        }
        for word in words {
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
