/// A mistake on the command line as data, read back from ArgumentParser's English message
/// (its error types are internal; its messages are its public face). The wording lives in
/// `ArgumentProblem+Message.swift`.
enum ArgumentProblem: Equatable {
    /// `--lang` with no value; `option` is "--lang <lang>".
    case missingValue(option: String)
    /// An option the command does not have, with ArgumentParser's closest name.
    case unknownOption(String, suggestion: String?)
    /// A value that does not parse; `argument` is "--lang <lang>" or "<file>", `allowed` the
    /// values to choose from (if a fixed list) and `reason` the value type's own words.
    case invalidValue(String, argument: String?, allowed: [String], reason: String?)
    /// Required arguments that were not given: one, or "one of" several.
    case missingArgument([String])
    /// Values the command has no place for.
    case unexpectedArguments([String])
    /// A value given to a flag that takes none.
    case valueForFlag(option: String, value: String)
    /// An option that cannot be read at all ("-!").
    case invalidOption(String)
    /// Anything else, kept as ArgumentParser (or a `ValidationError`) wrote it.
    case other(String)

    /// Recognises ArgumentParser's `message`.
    init(message: String) {
        if let match = message.wholeMatch(of: #/Missing value for '(?<option>[^']+)'/#) {
            self = .missingValue(option: String(match.option))
        } else if let match = message.wholeMatch(of: #/Unknown option '(?<name>[^']+)'(?:\. Did you mean '(?<suggestion>[^']+)'\?)?/#) {
            self = .unknownOption(String(match.name), suggestion: match.suggestion.map(String.init))
        } else if let match = message.wholeMatch(of: #/(?s)The value '(?<value>.*)' is invalid(?: for '(?<argument>[^']+)')?(?<rest>.*)/#) {
            let rest = String(match.rest)
            var allowed: [String] = []
            var reason: String?
            if rest.hasPrefix(". Please provide one of the following:") {
                allowed = rest.split(separator: "\n").dropFirst().map { String($0.trimmingPrefix("  - ")) }
            } else if rest.hasPrefix(". Please provide one of ") {
                allowed = rest.matches(of: #/'(?<value>[^']*)'/#).map { String($0.value) }
            } else if rest.hasPrefix(": ") {
                reason = String(rest.dropFirst(2))
            } else if rest.hasPrefix(".: ") {
                reason = String(rest.dropFirst(3))
            }
            self = .invalidValue(String(match.value), argument: match.argument.map(String.init), allowed: allowed, reason: reason)
        } else if let match = message.wholeMatch(of: #/Missing expected argument '(?<name>[^']+)'/#) {
            self = .missingArgument([String(match.name)])
        } else if message.hasPrefix("Missing one of: ") {
            self = .missingArgument(message.matches(of: #/'(?<name>[^']+)'/#).map { String($0.name) })
        } else if let match = message.wholeMatch(of: #/Unexpected argument '(?<value>.*)'/#) {
            self = .unexpectedArguments([String(match.value)])
        } else if message.wholeMatch(of: #/\d+ unexpected arguments: .*/#) != nil {
            self = .unexpectedArguments(message.matches(of: #/'(?<value>[^']*)'/#).map { String($0.value) })
        } else if let match = message.wholeMatch(of: #/The option '(?<option>[^']+)' does not take any value, but '(?<value>.*)' was specified\./#) {
            self = .valueForFlag(option: String(match.option), value: String(match.value))
        } else if let match = message.wholeMatch(of: #/Invalid option: (?<option>.+)/#) {
            self = .invalidOption(String(match.option))
        } else {
            self = .other(message)
        }
    }
}
