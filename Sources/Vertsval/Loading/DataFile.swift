public import Foundation
internal import Yams

/// A data file as read from disk: its bytes, its text and its YAML tree.
///
/// Reading checks, in order, that the file exists, is not a directory, is not larger than
/// `sizeLimit`, is not empty, is not binary and is UTF-8, and then parses exactly one YAML
/// document. Every failure becomes a `Diagnostic`; nothing throws.
public struct DataFile: Sendable {
    /// The largest data file accepted, in bytes. Real templates and cases are a few kB;
    /// anything near this is not a hand-edited file.
    public static let sizeLimit = 2 * 1024 * 1024

    /// The path as the user gave it (or as resolved from a reference).
    public let path: String
    /// The raw bytes, for fingerprints.
    public let bytes: Data
    /// The file's text.
    public let text: String

    /// Reads `path`, adding every problem to `diagnostics`; nil when the file is unusable.
    static func read(_ path: String, into log: DiagnosticLog) -> (file: DataFile, root: YAMLNode)? {
        let fileLocation = SourceLocation(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            log.error(.fileNotFound(path: path, suggestion: closestSibling(of: path)), at: fileLocation)
            return nil
        }
        if isDirectory.boolValue {
            log.error(.fileIsDirectory(path: path), at: fileLocation)
            return nil
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
            // A device or a pipe could block, or never end, when read.
            log.error(.notRegularFile(path: path), at: fileLocation)
            return nil
        }
        if let size = attributes?[.size] as? Int, size > sizeLimit {
            log.error(.fileTooLarge(bytes: size, limit: sizeLimit), at: fileLocation)
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            log.error(.fileUnreadable(path: path, reason: error.localizedDescription), at: fileLocation)
            return nil
        }
        return parse(data, path: path, into: log)
    }

    /// Checks and parses bytes that claim to be the data file at `path`.
    static func parse(_ data: Data, path: String, into log: DiagnosticLog) -> (file: DataFile, root: YAMLNode)? {
        let fileLocation = SourceLocation(file: path)
        if data.count > sizeLimit {
            log.error(.fileTooLarge(bytes: data.count, limit: sizeLimit), at: fileLocation)
            return nil
        }
        if data.withUnsafeBytes({ $0.contains(0) }) {
            log.error(.fileBinary, at: fileLocation)
            return nil
        }
        guard let text = data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) else {
            let offset = firstInvalidUTF8Offset(data) ?? 0
            let (line, column) = lineAndColumn(ofByte: offset, in: data)
            log.error(.notUTF8(byteOffset: offset), at: SourceLocation(file: path, line: line, column: column))
            return nil
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if body.allSatisfy({ $0.isWhitespace }) {
            log.error(.fileEmpty, at: fileLocation)
            return nil
        }
        let file = DataFile(path: path, bytes: data, text: text)
        do {
            let parser = try Parser(yaml: body, resolver: .basic)
            guard let root = try parser.nextRoot() else {
                log.error(.fileEmpty, at: fileLocation)
                return nil
            }
            if let extra = try? parser.nextRoot() {
                let mark = extra.mark
                log.error(
                    .multipleDocuments,
                    at: SourceLocation(file: path, line: mark?.line ?? 0, column: mark?.column ?? 0))
                return nil
            }
            // Aliases share their anchor's node; walking them expands it. A few aliases
            // nested in each other (an "alias bomb") would expand to billions of nodes.
            if body.utf8.contains(UInt8(ascii: "*")), expandedCount(of: root, upTo: aliasExpansionLimit) > aliasExpansionLimit {
                log.error(.aliasExpansion(limit: aliasExpansionLimit), at: firstAlias(in: body, path: path) ?? fileLocation)
                return nil
            }
            if case .scalar = root, root.string.map({ $0.isEmpty || $0 == "~" || $0 == "null" }) ?? false {
                log.error(.fileEmpty, at: fileLocation)
                return nil
            }
            return (file, YAMLNode(root))
        } catch let error as YamlError {
            log.append(yamlDiagnostic(error, path: path, text: body))
            return nil
        } catch {
            log.error(.yamlSyntax(YAMLSyntaxError(problem: String(describing: error))), at: fileLocation)
            return nil
        }
    }

    /// The most nodes a file may expand to: ten times what a 2 MB file of plain values holds.
    static let aliasExpansionLimit = 2_000_000

    /// The nodes of `node` with aliases expanded, counting no further than just past `limit`.
    static func expandedCount(of node: Node, upTo limit: Int) -> Int {
        var count = 0
        var stack = [node]
        while let next = stack.popLast() {
            count += 1
            if count > limit { return count }
            switch next {
            case .scalar, .alias: break
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            }
        }
        return count
    }

    /// Where the first alias (`*name` after a space, `[`, `{`, `,` or the line's start) is
    /// written: the place to look at.
    static func firstAlias(in text: String, path: String) -> SourceLocation? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var previous: Character = " "
            for (column, character) in line.enumerated() {
                if character == "#" && previous == " " { break }
                if character == "*", " [{,-:".contains(previous) {
                    return SourceLocation(file: path, line: index + 1, column: column + 1)
                }
                previous = character
            }
        }
        return nil
    }

    private static func yamlDiagnostic(_ error: YamlError, path: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: mark.line, column: mark.column)
        }
        func detail(_ context: YamlError.Context?, _ problem: String) -> YAMLSyntaxError {
            YAMLSyntaxError(problem: problem, context: context?.text, contextLine: context?.mark.line, contextColumn: context?.mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _),
            let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            return Diagnostic(.yamlSyntax(detail(context, problem)), at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let second = secondOccurrence(ofKey: key, after: context.mark, in: text)
            return Diagnostic(
                .duplicateKey(key: key),
                at: SourceLocation(file: path, line: second?.line ?? context.mark.line, column: second?.column ?? context.mark.column))
        case let .reader(problem, offset, _, _):
            // libyaml counts the offset in characters of the text it was given.
            guard let offset else { return Diagnostic(.yamlSyntax(YAMLSyntaxError(problem: problem)), at: SourceLocation(file: path)) }
            let before = text.unicodeScalars.prefix(offset)
            let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            return Diagnostic(.yamlSyntax(YAMLSyntaxError(problem: problem)), at: SourceLocation(file: path, line: line, column: column))
        default:
            return Diagnostic(.yamlSyntax(YAMLSyntaxError(problem: String(describing: error))), at: SourceLocation(file: path))
        }
    }

    /// Finds the line of the second `key:` at the same indentation as the first one, so
    /// that a duplicate key points at the copy a person just added.
    private static func secondOccurrence(ofKey key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where index + 1 > first.line {
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            let column = line.count - trimmed.count + 1
            if column == first.column, trimmed.hasPrefix(key + ":") {
                return (index + 1, column)
            }
        }
        return nil
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let byte = bytes[offset]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return offset
            }
            guard offset + length <= bytes.count else { return offset }
            let slice = Array(bytes[offset..<offset + length])
            if String(validating: slice, as: UTF8.self) == nil { return offset }
            offset += length
        }
        return nil
    }

    private static func lineAndColumn(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in data.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let prefix = data[data.startIndex + lineStart..<data.startIndex + offset]
        let column = (String(validating: prefix, as: UTF8.self)?.unicodeScalars.count ?? (offset - lineStart)) + 1
        return (line, column)
    }

    /// The closest existing file name in the same directory, as a path the user can paste.
    static func closestSibling(of path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory),
            let best = Suggestion.closest(to: url.lastPathComponent, in: names.sorted())
        else { return nil }
        let slash = path.lastIndex(of: "/")
        return slash.map { String(path[...$0]) + best } ?? best
    }
}
