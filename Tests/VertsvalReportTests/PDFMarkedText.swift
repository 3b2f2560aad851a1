import Foundation

/// The text of every marked-content sequence with an MCID on a page, decoded with the
/// fonts' ToUnicode maps, for checking which structure element holds which words.
///
/// Reads what cairo writes: `Tf`, `Tj`/`TJ` with literal or hex strings, `BDC`/`BMC`/`EMC`;
/// a sequence with `ActualText` (cairo's for a space at a line break, or a ligature) counts
/// as that text instead of its glyphs.
struct PDFMarkedText {
    /// The text of each MCID on the page.
    private(set) var texts: [Int: String] = [:]

    /// Reads page `page` of `reader`.
    init(_ reader: PDFObjectReader, page: String) throws {
        let dictionary = try Self.require(reader.dictionary(page), "page \(page)")
        let fonts = reader.dictionary(reader.dictionary(dictionary["/Resources"])?["/Font"]) ?? [:]
        var maps: [String: ToUnicode] = [:]
        for (name, font) in fonts {
            let map = reader.dictionary(font)?["/ToUnicode"]
            maps[name] = try ToUnicode(Self.require(reader.streamData(map), "the ToUnicode map of \(name)"))
        }
        let content = try Self.require(reader.streamData(dictionary["/Contents"]), "the content of page \(page)")
        var font: ToUnicode?
        var open: [(mcid: Int?, actualText: Bool)] = []
        var operands: [Token] = []
        var tokens = Tokens([UInt8](content))
        while let token = try tokens.next() {
            guard case let .word(word) = token else {
                operands.append(token)
                continue
            }
            defer { operands = [] }
            let mcid = open.last { $0.mcid != nil }?.mcid
            let replaced = open.contains { $0.actualText }
            switch word {
            case "Tf":
                if case let .name(name)? = operands.first { font = maps[name] }
            case "Tj", "'", "\"", "TJ":
                guard let mcid, !replaced, let font else { continue }
                for case let .string(bytes) in operands { texts[mcid, default: ""] += font.decode(bytes) }
            case "BMC":
                open.append((nil, false))
            case "BDC":
                let properties = Self.properties(operands)
                let inner = properties.mcid ?? mcid
                if let actual = properties.actualText, let inner { texts[inner, default: ""] += actual }
                open.append((properties.mcid, properties.actualText != nil))
            case "EMC":
                _ = open.popLast()
            default:
                break
            }
        }
    }

    /// The MCID and ActualText of a `BDC`'s property list.
    private static func properties(_ operands: [Token]) -> (mcid: Int?, actualText: String?) {
        var mcid: Int?
        var actual: String?
        for (index, token) in operands.enumerated() where index + 1 < operands.count {
            switch (token, operands[index + 1]) {
            case let (.name("/MCID"), .number(value)): mcid = Int(value)
            case let (.name("/ActualText"), .string(bytes)): actual = textString(bytes)
            default: break
            }
        }
        return (mcid, actual)
    }

    /// A PDF text string: UTF-16BE after a byte order mark, else (near enough) Latin-1.
    static func textString(_ bytes: [UInt8]) -> String {
        guard bytes.starts(with: [0xFE, 0xFF]) else { return String(decoding: bytes.map { UInt16($0) }, as: UTF16.self) }
        return utf16(Array(bytes.dropFirst(2)))
    }

    /// UTF-16BE bytes as a string.
    static func utf16(_ bytes: [UInt8]) -> String {
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        return String(decoding: units, as: UTF16.self)
    }

    private static func require<T>(_ value: T?, _ what: String) throws -> T {
        guard let value else { throw PDFObjectReader.Failure("\(what) is missing") }
        return value
    }

    /// A font's ToUnicode CMap: character codes of `codeLength` bytes to text.
    struct ToUnicode {
        var codeLength = 1
        var map: [UInt32: String] = [:]

        init(_ data: Data) throws {
            var tokens = Tokens([UInt8](data))
            var all: [Token] = []
            while let token = try tokens.next() { all.append(token) }
            var index = 0
            func code(_ bytes: [UInt8]) -> UInt32 { bytes.reduce(0) { $0 << 8 | UInt32($1) } }
            while index < all.count {
                switch all[index] {
                case .word("begincodespacerange"):
                    if index + 1 < all.count, case let .string(low) = all[index + 1] { codeLength = max(1, low.count) }
                case .word("beginbfchar"):
                    index += 1
                    while index + 1 < all.count, case let .string(source) = all[index], case let .string(target) = all[index + 1] {
                        map[code(source)] = PDFMarkedText.utf16(target)
                        index += 2
                    }
                    continue
                case .word("beginbfrange"):
                    index += 1
                    while index + 2 < all.count, case let .string(low) = all[index], case let .string(high) = all[index + 1] {
                        let (first, last) = (code(low), code(high))
                        if case let .string(target) = all[index + 2] {
                            let start = code(target)
                            for value in first...max(first, last) {
                                map[value] = String(decoding: [UInt16(truncatingIfNeeded: start + value - first)], as: UTF16.self)
                            }
                            index += 3
                        } else {
                            // <low> <high> [<t1> <t2> …]
                            var position = index + 3
                            var value = first
                            while position < all.count, case let .string(target) = all[position] {
                                map[value] = PDFMarkedText.utf16(target)
                                value += 1
                                position += 1
                            }
                            index = position + 1
                        }
                    }
                    continue
                default:
                    break
                }
                index += 1
            }
        }

        func decode(_ bytes: [UInt8]) -> String {
            stride(from: 0, to: bytes.count, by: codeLength).map { start in
                let value = bytes[start..<min(bytes.count, start + codeLength)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                return map[value] ?? "\u{FFFD}"
            }.joined()
        }
    }

    /// A token of a content stream or CMap.
    enum Token: Equatable {
        case name(String)
        case number(Double)
        case string([UInt8])
        case word(String)
        case open, close, dictionaryOpen, dictionaryClose
    }

    /// A small tokenizer for content streams and CMaps.
    struct Tokens {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        static func isSpace(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }
        static func isDelimiter(_ byte: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(byte) }

        mutating func next() throws -> Token? {
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isSpace(byte) {
                    index += 1
                } else if byte == UInt8(ascii: "%") {
                    while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
                } else {
                    return try token()
                }
            }
            return nil
        }

        private mutating func token() throws -> Token {
            let byte = bytes[index]
            let following = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch byte {
            case UInt8(ascii: "("): return .string(literal())
            case UInt8(ascii: "<") where following == UInt8(ascii: "<"):
                index += 2
                return .dictionaryOpen
            case UInt8(ascii: ">") where following == UInt8(ascii: ">"):
                index += 2
                return .dictionaryClose
            case UInt8(ascii: "<"): return .string(try hex())
            case UInt8(ascii: "["):
                index += 1
                return .open
            case UInt8(ascii: "]"):
                index += 1
                return .close
            default:
                let start = index
                index += 1
                while index < bytes.count, !Self.isSpace(bytes[index]), !Self.isDelimiter(bytes[index]) { index += 1 }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                if word.hasPrefix("/") { return .name(word) }
                if let number = Double(word) { return .number(number) }
                return .word(word)
            }
        }

        private mutating func literal() -> [UInt8] {
            var out: [UInt8] = []
            var depth = 0
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return out }
                    let escaped = bytes[index]
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "n"): out.append(10)
                    case UInt8(ascii: "r"): out.append(13)
                    case UInt8(ascii: "t"): out.append(9)
                    case UInt8(ascii: "b"): out.append(8)
                    case UInt8(ascii: "f"): out.append(12)
                    case UInt8(ascii: "0")...UInt8(ascii: "7"):
                        var value = Int(escaped - UInt8(ascii: "0"))
                        var digits = 1
                        while digits < 3, index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index]) {
                            value = value * 8 + Int(bytes[index] - UInt8(ascii: "0"))
                            index += 1
                            digits += 1
                        }
                        out.append(UInt8(truncatingIfNeeded: value))
                    case 10, 13: break
                    default: out.append(escaped)
                    }
                case UInt8(ascii: "("):
                    depth += 1
                    out.append(byte)
                case UInt8(ascii: ")"):
                    if depth == 0 { return out }
                    depth -= 1
                    out.append(byte)
                default:
                    out.append(byte)
                }
            }
            return out
        }

        private mutating func hex() throws -> [UInt8] {
            index += 1
            var digits: [UInt8] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                if !Self.isSpace(bytes[index]) { digits.append(bytes[index]) }
                index += 1
            }
            index += 1
            if digits.count % 2 == 1 { digits.append(UInt8(ascii: "0")) }
            return try stride(from: 0, to: digits.count, by: 2).map { start in
                guard let value = UInt8(String(decoding: digits[start..<start + 2], as: UTF8.self), radix: 16) else {
                    throw PDFObjectReader.Failure("a hex string with a character that is not a hex digit")
                }
                return value
            }
        }
    }
}
