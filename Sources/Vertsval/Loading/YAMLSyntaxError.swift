/// What libyaml could not read, as data: its own English words, sorted into the kinds a
/// person can fix, with the place where the unfinished construct began.
///
/// The wording lives in `YAMLSyntaxError+Message.swift`. Kinds that are not recognised keep
/// libyaml's text, so that nothing is lost.
public struct YAMLSyntaxError: Sendable, Hashable {
    /// The kinds of syntax error that get their own wording.
    public enum Kind: Sendable, Hashable {
        /// A `: ` where no key can start, usually an unquoted text with a colon.
        case colonInValue
        /// A line whose indentation fits no block above it.
        case expectedKey
        /// A character that cannot start a value (a tab, `@`, `` ` `` …).
        case invalidCharacter
        /// A key without a following `:`.
        case missingColon
        /// A quoted text whose closing quote is missing.
        case unclosedQuote
        /// A `[` without its `]`.
        case unclosedFlowSequence
        /// A `{` without its `}`.
        case unclosedFlowMapping
        /// A list whose next line is not a `- ` item at the same indentation.
        case expectedListItem
        /// A `- ` item where a list cannot start.
        case listItemNotAllowed
        /// A tab used for indentation.
        case tabIndentation
        /// A `\` sequence in a double-quoted text that YAML does not know.
        case unknownEscape
        /// A key or `-` with nothing after it where a value must follow.
        case expectedValue
        /// Anything else; the message keeps libyaml's text.
        case other
    }

    /// libyaml's problem text, e.g. "did not find expected key".
    public var problem: String
    /// libyaml's context text, e.g. "while parsing a block mapping", if any.
    public var context: String?
    /// Where the construct named by `context` began (1-based line and column), if known.
    public var contextLine: Int?
    public var contextColumn: Int?

    /// Creates an error from libyaml's texts.
    public init(problem: String, context: String? = nil, contextLine: Int? = nil, contextColumn: Int? = nil) {
        self.problem = problem
        self.context = context
        self.contextLine = contextLine
        self.contextColumn = contextColumn
    }

    /// The kind of error, recognised from libyaml's words.
    public var kind: Kind {
        let context = self.context ?? ""
        switch problem {
        case "mapping values are not allowed in this context": return .colonInValue
        case "did not find expected key": return .expectedKey
        case "could not find expected ':'": return .missingColon
        case "did not find expected ',' or ']'": return .unclosedFlowSequence
        case "did not find expected ',' or '}'": return .unclosedFlowMapping
        case "did not find expected '-' indicator": return .expectedListItem
        case "block sequence entries are not allowed in this context": return .listItemNotAllowed
        case "found unknown escape character": return .unknownEscape
        case "did not find expected node content": return .expectedValue
        case "found unexpected end of stream" where context.contains("quoted scalar"): return .unclosedQuote
        case "found character that cannot start any token": return .invalidCharacter
        default:
            if problem.hasPrefix("found a tab character") { return .tabIndentation }
            return .other
        }
    }

    /// libyaml's own text, with its context and position: "problem (context line:column)".
    public var original: String {
        guard let context else { return problem }
        guard let contextLine, let contextColumn else { return "\(problem) (\(context))" }
        return "\(problem) (\(context) \(contextLine):\(contextColumn))"
    }
}
