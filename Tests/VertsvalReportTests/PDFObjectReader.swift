import Foundation

/// A PDF's objects as `qpdf --json` (version 2) reports them, for checking what a PDF
/// holds without a PDF library in the tests: qpdf parses the file, the tests only walk
/// the objects.
struct PDFObjectReader {
    /// The objects by reference (`"5 0 R"`): a value, or a stream's dictionary and data.
    private let objects: [String: [String: Any]]
    /// The trailer dictionary.
    let trailer: [String: Any]

    /// Runs qpdf on the file at `url` and reads its JSON.
    init(_ url: URL) throws {
        let output = try RenderTestTools.run(
            "qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", url.path])
        guard output.status == 0 || output.status == 3 else { throw Failure("qpdf --json failed: \(output.stderr)") }
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        guard let top = json as? [String: Any], let parts = top["qpdf"] as? [Any], parts.count == 2,
            let all = parts[1] as? [String: Any]
        else { throw Failure("qpdf's JSON has no «qpdf» objects") }
        var objects: [String: [String: Any]] = [:]
        for (key, value) in all where key.hasPrefix("obj:") {
            objects[String(key.dropFirst(4))] = value as? [String: Any]
        }
        self.objects = objects
        trailer = (all["trailer"] as? [String: Any])?["value"] as? [String: Any] ?? [:]
    }

    /// A test failure with a message.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// `value` with a reference followed (a stream becomes its dictionary).
    func resolved(_ value: Any?) -> Any? {
        guard let reference = value as? String, Self.isReference(reference) else { return value }
        guard let object = objects[reference] else { return nil }
        if let stream = object["stream"] as? [String: Any] { return stream["dict"] }
        return object["value"]
    }

    /// The dictionary `value` is or refers to.
    func dictionary(_ value: Any?) -> [String: Any]? { resolved(value) as? [String: Any] }
    /// The array `value` is or refers to.
    func array(_ value: Any?) -> [Any]? { resolved(value) as? [Any] }
    /// The name `value` is (with its slash).
    func name(_ value: Any?) -> String? { (resolved(value) as? String).flatMap { $0.hasPrefix("/") ? $0 : nil } }
    /// The text of a string object.
    func text(_ value: Any?) -> String? {
        guard let string = resolved(value) as? String, string.hasPrefix("u:") else { return nil }
        return String(string.dropFirst(2))
    }

    /// The decoded data of the stream `reference` refers to.
    func streamData(_ reference: Any?) -> Data? {
        guard let reference = reference as? String, let stream = objects[reference]?["stream"] as? [String: Any],
            let base64 = stream["data"] as? String
        else { return nil }
        return Data(base64Encoded: base64)
    }

    /// The document catalog.
    var root: [String: Any] { dictionary(trailer["/Root"]) ?? [:] }
    /// The document information dictionary.
    var info: [String: Any] { dictionary(trailer["/Info"]) ?? [:] }

    /// The page objects' references, in order.
    var pages: [String] {
        func walk(_ node: Any?) -> [String] {
            guard let dictionary = dictionary(node) else { return [] }
            if name(dictionary["/Type"]) == "/Page" { return [node as? String].compactMap { $0 } }
            return (array(dictionary["/Kids"]) ?? []).flatMap(walk)
        }
        return walk(root["/Pages"])
    }

    /// Whether `text` is an indirect reference such as `12 0 R`.
    static func isReference(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        return parts.count == 3 && parts[2] == "R" && Int(parts[0]) != nil && Int(parts[1]) != nil
    }

    /// A structure element: its type, its attributes and its kids in order.
    struct Element {
        var reference: String?
        var type: String
        var dictionary: [String: Any]
        var kids: [Element]
        /// The marked-content ids on pages (page reference, MCID) directly under it.
        var contents: [(page: String?, mcid: Int)]

        /// This element and every one below it, depth first.
        var all: [Element] { [self] + kids.flatMap(\.all) }
    }

    /// The structure tree below `/StructTreeRoot`, or nil when there is none.
    var structureTree: [Element]? {
        guard let treeRoot = dictionary(root["/StructTreeRoot"]) else { return nil }
        func element(_ value: Any?, page: String?) -> Element? {
            guard let dictionary = dictionary(value), let type = name(dictionary["/S"]) else { return nil }
            let page = (dictionary["/Pg"] as? String) ?? page
            var kids: [Element] = []
            var contents: [(String?, Int)] = []
            let list = (resolved(dictionary["/K"]) as? [Any]) ?? [dictionary["/K"] as Any]
            for kid in list {
                if let mcid = kid as? Int {
                    contents.append((page, mcid))
                } else if let reference = self.dictionary(kid), name(reference["/Type"]) == "/MCR", let mcid = reference["/MCID"] as? Int {
                    contents.append(((reference["/Pg"] as? String) ?? page, mcid))
                } else if let child = element(kid, page: page) {
                    kids.append(child)
                }
            }
            return Element(reference: value as? String, type: type, dictionary: dictionary, kids: kids, contents: contents)
        }
        let list = (resolved(treeRoot["/K"]) as? [Any]) ?? [treeRoot["/K"] as Any]
        return list.compactMap { element($0, page: nil) }
    }

    /// The titles of the outline (bookmarks), depth first, with their depth (1 = top).
    var outline: [(title: String, depth: Int)] {
        var result: [(String, Int)] = []
        func walk(_ first: Any?, depth: Int) {
            var node = first
            var seen = 0
            while let item = dictionary(node), seen < 10_000 {
                result.append((text(item["/Title"]) ?? "", depth))
                walk(item["/First"], depth: depth + 1)
                node = item["/Next"]
                seen += 1
            }
        }
        walk(dictionary(root["/Outlines"])?["/First"], depth: 1)
        return result
    }
}

/// The operators of a page content stream with the marked-content sequences open at each,
/// read by a small tokenizer (strings, names, arrays, dictionaries, numbers, operators).
enum PDFContentOperators {
    /// One operator and what encloses it.
    struct Operator {
        /// The operator, e.g. `Tj`.
        var name: String
        /// The tags of the open marked-content sequences, outermost first.
        var open: [String]
        /// The MCID of the innermost sequence that has one (pango puts `/Span` sequences
        /// with `ActualText` but no MCID inside tagged content).
        var mcid: Int?
    }

    /// The operators that paint (text showing, path painting, XObjects, shadings).
    static let painting: Set<String> = ["Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "BI"]

    /// The operators of `content`, in order.
    static func read(_ content: Data) throws -> [Operator] {
        let bytes = [UInt8](content)
        var index = 0
        var operands: [String] = []
        var stack: [(tag: String, mcid: Int?)] = []
        var result: [Operator] = []
        func isDelimiter(_ byte: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(byte) }
        func isSpace(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) {
                index += 1
            } else if byte == UInt8(ascii: "%") {
                while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
            } else if byte == UInt8(ascii: "(") {
                var depth = 0
                repeat {
                    if bytes[index] == UInt8(ascii: "\\") {
                        index += 1
                    } else if bytes[index] == UInt8(ascii: "(") {
                        depth += 1
                    } else if bytes[index] == UInt8(ascii: ")") {
                        depth -= 1
                    }
                    index += 1
                } while depth > 0 && index < bytes.count
                operands.append("(string)")
            } else if byte == UInt8(ascii: "<"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<") {
                operands.append("<<")
                index += 2
            } else if byte == UInt8(ascii: ">"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
                operands.append(">>")
                index += 2
            } else if byte == UInt8(ascii: "<") {
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                index += 1
                operands.append("<hex>")
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") {
                operands.append(String(UnicodeScalar(byte)))
                index += 1
            } else {
                let start = index
                index += 1
                while index < bytes.count, !isSpace(bytes[index]), !isDelimiter(bytes[index]) { index += 1 }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                if word.hasPrefix("/") || Double(word) != nil || ["true", "false", "null"].contains(word) {
                    operands.append(word)
                    continue
                }
                switch word {
                case "BMC":
                    stack.append((operands.last ?? "?", nil))
                case "BDC":
                    let tag = operands.first { $0.hasPrefix("/") }
                    let mcid = operands.firstIndex(of: "/MCID").flatMap { $0 + 1 < operands.count ? Int(operands[$0 + 1]) : nil }
                    stack.append((tag ?? "?", mcid))
                case "EMC":
                    guard stack.popLast() != nil else { throw PDFObjectReader.Failure("EMC without an open sequence") }
                case "BI", "ID", "EI":
                    throw PDFObjectReader.Failure("inline images are not expected in report pages")
                default:
                    break
                }
                result.append(Operator(name: word, open: stack.map(\.tag), mcid: stack.last { $0.mcid != nil }?.mcid))
                operands = []
            }
        }
        guard stack.isEmpty else { throw PDFObjectReader.Failure("\(stack.count) marked-content sequences left open") }
        return result
    }
}
