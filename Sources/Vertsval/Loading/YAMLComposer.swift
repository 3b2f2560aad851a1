internal import CYaml

/// Builds ``YAMLNode`` trees straight from libyaml's events.
///
/// Yams' `Parser` builds its own tree first (a tag object, a Foundation string conversion
/// and a hashed duplicate check per node), which took four times as long as libyaml itself
/// on a national region file; this composer makes the same tree in one pass, with the
/// same answers: aliases stand for their anchor's node, a duplicate key in a mapping is an
/// error at the first key, and libyaml's problems keep their marks. Counts each node's
/// size with aliases expanded, so that an "alias bomb" is caught before anyone walks it.
///
/// - Complexity: O(events).
struct YAMLComposer {
    /// Why composing stopped.
    enum Failure: Error {
        /// libyaml's reader, scanner or parser stopped.
        case syntax(problem: String, line: Int, column: Int, context: String?, contextLine: Int?, contextColumn: Int?)
        /// A character libyaml's reader rejects, at a byte offset of the text.
        case reader(problem: String, byteOffset: Int)
        /// An alias without an anchor before it.
        case undefinedAlias(line: Int, column: Int)
        /// Keys written twice in one mapping: the keys, sorted, and where the first of them
        /// is first written.
        case duplicateKeys([String], line: Int, column: Int)
        /// libyaml ran out of memory.
        case memory
    }

    /// A composed document: its root, and how many nodes it has with aliases expanded (at
    /// most `limit + 1`).
    struct Document {
        var root: YAMLNode
        var expandedCount: Int
    }

    /// Composes the first document of `bytes` and says whether another one follows it (a
    /// following document that does not compose is not counted, as before).
    ///
    /// - Returns: nil for a stream without a document.
    static func compose(_ bytes: [UInt8], countingUpTo limit: Int) throws(Failure) -> (document: Document, next: (line: Int, column: Int)?)? {
        let composer = Run(limit: limit)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> (Document, (Int, Int)?)? in
            try composer.start(buffer)
            defer { composer.finish() }
            guard let first = try composer.document() else { return nil }
            let next: (Int, Int)?
            do {
                next = try composer.document().map { ($0.root.line, $0.root.column) }
            } catch {
                next = nil
            }
            return (first, next)
        }
    }

    /// One pass over a stream. A class: libyaml's parser keeps a pointer to itself, so it
    /// must stay where it is.
    private final class Run {
        let limit: Int
        var parser = yaml_parser_t()
        var event = yaml_event_t()
        var hasEvent = false
        /// The node and expanded size of each anchor (a later anchor of the same name
        /// replaces an earlier one).
        var anchors: [String: (node: YAMLNode, count: Int)] = [:]

        init(limit: Int) {
            self.limit = limit
        }

        func start(_ buffer: UnsafeBufferPointer<UInt8>) throws(Failure) {
            yaml_parser_initialize(&parser)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            try next()  // STREAM-START
        }

        func finish() {
            if hasEvent { yaml_event_delete(&event) }
            hasEvent = false
            yaml_parser_delete(&parser)
        }

        /// Moves to the next event.
        func next() throws(Failure) {
            if hasEvent { yaml_event_delete(&event) }
            hasEvent = false
            guard yaml_parser_parse(&parser, &event) == 1 else { throw failure() }
            hasEvent = true
        }

        /// The next document, or nil at the end of the stream.
        func document() throws(Failure) -> Document? {
            guard parser.stream_end_produced == 0 else { return nil }
            try next()
            guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }
            try next()
            let (root, count) = try node()
            try next()  // DOCUMENT-END
            return Document(root: root, expandedCount: count)
        }

        /// The node that starts at the current event, and its expanded size.
        func node() throws(Failure) -> (YAMLNode, Int) {
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else { throw .undefinedAlias(line: line, column: column) }
                return anchored
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE
                let node = YAMLNode(content: .scalar(text, plain: plain), line: line, column: column)
                register(Self.string(scalar.anchor), node, 1)
                return (node, 1)
            case YAML_SEQUENCE_START_EVENT:
                let anchor = Self.string(event.data.sequence_start.anchor)
                var items: [YAMLNode] = []
                var count = 1
                try next()
                while event.type != YAML_SEQUENCE_END_EVENT {
                    let (item, size) = try node()
                    items.append(item)
                    count = min(count + size, limit + 1)
                    try next()
                }
                let node = YAMLNode(content: .sequence(items), line: line, column: column)
                register(anchor, node, count)
                return (node, count)
            case YAML_MAPPING_START_EVENT:
                let anchor = Self.string(event.data.mapping_start.anchor)
                var pairs: [YAMLPair] = []
                var count = 1
                try next()
                while event.type != YAML_MAPPING_END_EVENT {
                    let (key, keySize) = try node()
                    try next()
                    let (value, valueSize) = try node()
                    pairs.append(YAMLPair(key: key, value: value))
                    count = min(count + keySize + valueSize, limit + 1)
                    try next()
                }
                try Self.checkDuplicates(pairs)
                let node = YAMLNode(content: .mapping(pairs), line: line, column: column)
                register(anchor, node, count)
                return (node, count)
            default:
                // libyaml gives only node events here in a well-formed stream.
                throw .syntax(problem: "unexpected event", line: line, column: column, context: nil, contextLine: nil, contextColumn: nil)
            }
        }

        func register(_ anchor: String?, _ node: YAMLNode, _ count: Int) {
            if let anchor { anchors[anchor] = (node, count) }
        }

        /// Scalar keys written more than once (compared by text, as Yams does with its
        /// basic resolver).
        static func checkDuplicates(_ pairs: [YAMLPair]) throws(Failure) {
            guard pairs.count > 1 else { return }
            var seen: Set<String> = []
            seen.reserveCapacity(pairs.count)
            var duplicates: Set<String> = []
            for pair in pairs {
                guard case let .scalar(text, _) = pair.key.content else { continue }
                if !seen.insert(text).inserted { duplicates.insert(text) }
            }
            guard let key = duplicates.min() else { return }
            // Where the first of the sorted keys is first written.
            let first = pairs.first { if case .scalar(key, _) = $0.key.content { true } else { false } }?.key
            throw .duplicateKeys(duplicates.sorted(), line: first?.line ?? 0, column: first?.column ?? 0)
        }

        /// libyaml's error as a failure.
        func failure() -> Failure {
            let problem = parser.problem.map { String(cString: $0) } ?? ""
            switch parser.error {
            case YAML_MEMORY_ERROR:
                return .memory
            case YAML_READER_ERROR:
                return .reader(problem: problem, byteOffset: Int(parser.problem_offset))
            default:
                let context = parser.context.map { String(cString: $0) }
                return .syntax(
                    problem: problem, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1, context: context,
                    contextLine: context == nil ? nil : Int(parser.context_mark.line) + 1,
                    contextColumn: context == nil ? nil : Int(parser.context_mark.column) + 1)
            }
        }

        static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
    }
}
