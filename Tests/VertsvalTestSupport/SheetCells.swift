/// A score sheet's cells, read without the CSV library the tool uses, so that tests check
/// the sheet's form independently: a byte-order mark, semicolons, CRLF, quotes doubled.
public enum SheetCells {
    /// The rows of `text` (the header first).
    public static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"", i + 1 < scalars.count, scalars[i + 1] == "\"" {
                    cell.unicodeScalars.append("\"")
                    i += 1
                } else if c == "\"" {
                    quoted = false
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == ";" {
                row.append(cell)
                cell = ""
            } else if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
                i += 1
            } else {
                cell.unicodeScalars.append(c)
            }
            i += 1
        }
        if !cell.isEmpty || !row.isEmpty { rows.append(row + [cell]) }
        return rows
    }

    /// `rows` as a sheet: a byte-order mark, semicolons and CRLF, cells quoted when needed.
    public static func text(_ rows: [[String]]) -> String {
        "\u{FEFF}"
            + rows.map { row in
                row.map { cell in
                    cell.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline })
                        ? "\"" + cell.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : cell
                }.joined(separator: ";") + "\r\n"
            }.joined()
    }
}
