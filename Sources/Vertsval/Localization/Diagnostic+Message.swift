extension Diagnostic {
    /// `file:line:column: feil: message` — the one form every front-end shows a problem in.
    public func formatted(in language: Language) -> String {
        let t = Phrasebook(language)
        let word =
            severity == .error ? t.pick(nn: "feil", nb: "feil", en: "error") : t.pick(nn: "åtvaring", nb: "advarsel", en: "warning")
        return "\(location): \(word): \(problem.message(in: language))"
    }
}

extension ValidationFailure {
    /// "1 feil; ingenting er rekna ut." — the closing line after the problems.
    public func summary(in language: Language) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return Phrasebook(language).pick(
            nn: "\(errors) feil; ingenting er rekna ut.", nb: "\(errors) feil; ingenting er regnet ut.",
            en: "\(errors) \(errors == 1 ? "error" : "errors"); nothing was computed.")
    }
}
