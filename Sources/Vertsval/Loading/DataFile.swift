public import Foundation

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
            guard let (document, next) = try YAMLComposer.compose(Array(body.utf8), countingUpTo: aliasExpansionLimit) else {
                log.error(.fileEmpty, at: fileLocation)
                return nil
            }
            if let next {
                log.error(.multipleDocuments, at: SourceLocation(file: path, line: next.line, column: next.column))
                return nil
            }
            // Aliases share their anchor's node; walking them expands it. A few aliases
            // nested in each other (an "alias bomb") would expand to billions of nodes.
            if document.expandedCount > aliasExpansionLimit {
                log.error(.aliasExpansion(limit: aliasExpansionLimit), at: firstAlias(in: body, path: path) ?? fileLocation)
                return nil
            }
            let root = document.root
            if case .scalar(let value, _) = root.content, value.isEmpty || value == "~" || value == "null" {
                log.error(.fileEmpty, at: fileLocation)
                return nil
            }
            return (file, root)
        } catch {
            log.append(yamlDiagnostic(error, path: path, text: body))
            return nil
        }
    }

    /// The most nodes a file may expand to: ten times what a 2 MB file of plain values holds.
    static let aliasExpansionLimit = 2_000_000

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

    private static func yamlDiagnostic(_ failure: YAMLComposer.Failure, path: String, text: String) -> Diagnostic {
        switch failure {
        case let .syntax(problem, line, column, context, contextLine, contextColumn):
            return Diagnostic(
                .yamlSyntax(YAMLSyntaxError(problem: problem, context: context, contextLine: contextLine, contextColumn: contextColumn)),
                at: SourceLocation(file: path, line: line, column: column))
        case let .undefinedAlias(line, column):
            return Diagnostic(
                .yamlSyntax(YAMLSyntaxError(problem: "found undefined alias")), at: SourceLocation(file: path, line: line, column: column))
        case let .duplicateKeys(duplicates, line, column):
            let key = duplicates.first ?? ""
            let second = secondOccurrence(ofKey: key, afterLine: line, column: column, in: text)
            return Diagnostic(
                .duplicateKey(key: key), at: SourceLocation(file: path, line: second?.line ?? line, column: second?.column ?? column))
        case let .reader(problem, byteOffset):
            // Counted as Yams counts it: in characters of the text up to the byte.
            let offset = text.utf8.index(text.utf8.startIndex, offsetBy: byteOffset, limitedBy: text.utf8.endIndex)?
                .samePosition(in: text).map { text.distance(from: text.startIndex, to: $0) }
            guard let offset else { return Diagnostic(.yamlSyntax(YAMLSyntaxError(problem: problem)), at: SourceLocation(file: path)) }
            let before = text.unicodeScalars.prefix(offset)
            let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            return Diagnostic(.yamlSyntax(YAMLSyntaxError(problem: problem)), at: SourceLocation(file: path, line: line, column: column))
        case .memory:
            return Diagnostic(.yamlSyntax(YAMLSyntaxError(problem: "memory error")), at: SourceLocation(file: path))
        }
    }

    /// Finds the line of the second `key:` at the same indentation as the first one, so
    /// that a duplicate key points at the copy a person just added.
    private static func secondOccurrence(ofKey key: String, afterLine firstLine: Int, column firstColumn: Int, in text: String) -> (
        line: Int, column: Int
    )? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where index + 1 > firstLine {
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            let column = line.count - trimmed.count + 1
            if column == firstColumn, trimmed.hasPrefix(key + ":") {
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
