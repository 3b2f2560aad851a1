import Foundation

/// Repairs the dates cairo 1.16 writes into the PDF's document information.
///
/// cairo 1.16.0 (Debian 12) turns the ISO 8601 dates given with
/// `cairo_pdf_surface_set_metadata` into `(20260223000000Z)`, without the `D:` prefix that
/// ISO 32000 §7.9.4 requires (cairo 1.17.2 fixed this; its own default date, the current
/// time, has the prefix). This inserts `D:` into `/CreationDate` and `/ModDate` and moves
/// the cross-reference offsets and `startxref` by the bytes inserted.
///
/// The repair only touches a file it fully understands: one classic cross-reference
/// table, at `startxref`, every in-use offset pointing at `n 0 obj`. When anything differs
/// (a newer cairo that writes the prefix itself, or a layout it does not expect), the
/// bytes are returned unchanged.
enum PDFDatePrefix {
    /// `pdf` with `D:` added to its document dates, or `pdf` itself when there is nothing
    /// to repair or the file's structure is not the one expected.
    ///
    /// - Complexity: O(n) in the size of the file.
    static func repaired(_ pdf: Data) -> Data {
        let bytes = [UInt8](pdf)
        guard let startxrefKeyword = lastIndex(of: Array("startxref\n".utf8), in: bytes),
            let (xrefOffset, _) = number(in: bytes, at: startxrefKeyword + 10),
            xrefOffset < bytes.count, starts(bytes, at: xrefOffset, with: "xref\n")
        else { return pdf }

        // Where to insert: right after "(" of each date that starts with a digit.
        var insertions: [Int] = []
        for key in ["/CreationDate (", "/ModDate ("] {
            guard let at = lastIndex(of: Array(key.utf8), in: bytes) else { continue }
            let position = at + key.utf8.count
            guard position < xrefOffset, position < bytes.count, (48...57).contains(bytes[position]) else { continue }
            insertions.append(position)
        }
        guard !insertions.isEmpty else { return pdf }
        insertions.sort()
        let prefix = Array("D:".utf8)
        func shifted(_ offset: Int) -> Int { offset + prefix.count * insertions.filter { $0 < offset }.count }

        // Parse the one subsection "0 N" of the table: N entries of 20 bytes.
        var cursor = xrefOffset + 5
        guard let (first, afterFirst) = number(in: bytes, at: cursor), first == 0, afterFirst < bytes.count, bytes[afterFirst] == 32,
            let (count, afterCount) = number(in: bytes, at: afterFirst + 1), afterCount < bytes.count, bytes[afterCount] == 10
        else { return pdf }
        cursor = afterCount + 1
        guard cursor + 20 * count <= bytes.count, starts(bytes, at: cursor + 20 * count, with: "trailer") else { return pdf }

        var out = [UInt8]()
        out.reserveCapacity(bytes.count + prefix.count * insertions.count)
        var copied = 0
        for position in insertions {
            out += bytes[copied..<position]
            out += prefix
            copied = position
        }
        out += bytes[copied..<cursor]
        var entries: [(object: Int, offset: Int)] = []
        for object in 0..<count {
            let entry = cursor + 20 * object
            guard let (offset, end) = number(in: bytes, at: entry), end == entry + 10 else { return pdf }
            if bytes[entry + 17] == UInt8(ascii: "n") {
                let moved = shifted(offset)
                entries.append((object, moved))
                out += Array(padded(moved, width: 10).utf8)
            } else {
                out += bytes[entry..<(entry + 10)]
            }
            out += bytes[(entry + 10)..<(entry + 20)]
        }
        let tail = cursor + 20 * count
        out += bytes[tail..<(startxrefKeyword + 10)]
        guard let (_, afterOffset) = number(in: bytes, at: startxrefKeyword + 10) else { return pdf }
        out += Array(String(shifted(xrefOffset)).utf8)
        out += bytes[afterOffset...]

        // Every in-use entry must point at its object, or the original is kept.
        for entry in entries where !starts(out, at: entry.offset, with: "\(entry.object) 0 obj") { return pdf }
        return Data(out)
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }

    /// The decimal number starting at `index`, and the index after its last digit.
    private static func number(in bytes: [UInt8], at index: Int) -> (Int, Int)? {
        var end = index
        var value = 0
        while end < bytes.count, (48...57).contains(bytes[end]), end - index < 12 {
            value = value * 10 + Int(bytes[end] - 48)
            end += 1
        }
        return end > index ? (value, end) : nil
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
