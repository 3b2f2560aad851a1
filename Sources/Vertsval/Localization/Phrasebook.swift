/// Small wording helpers shared by every message and explanation: choosing the text for
/// the language, quoting, lists, numbers.
public struct Phrasebook: Sendable {
    /// The language written in.
    public let language: Language
    /// Number formatting for `language`.
    public let numbers: NumberFormat

    /// Creates a phrasebook for `language`.
    public init(_ language: Language) {
        self.language = language
        self.numbers = NumberFormat(language)
    }

    /// The text for the current language.
    public func pick(nn: String, nb: String, en: String) -> String {
        switch language {
        case .nn: nn
        case .nb: nb
        case .en: en
        }
    }

    /// `«x»` in Norwegian, `'x'` in English.
    public func quote(_ text: String) -> String {
        language.isNorwegian ? "«\(text)»" : "'\(text)'"
    }

    /// "; meinte du «x»?" or nothing.
    public func didYouMean(_ suggestion: String?) -> String {
        guard let suggestion else { return "" }
        return pick(nn: "; meinte du ", nb: "; mente du ", en: "; did you mean ") + quote(suggestion) + "?"
    }

    /// "a, b og c" — or "a, b, c" without conjunction.
    public func list(_ items: [String], conjunction: Bool = true) -> String {
        guard items.count > 1, conjunction else { return items.joined(separator: ", ") }
        let and = pick(nn: "og", nb: "og", en: "and")
        return items.dropLast().joined(separator: ", ") + " \(and) " + (items.last ?? "")
    }

    /// "a, b eller c".
    public func alternatives(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let or = pick(nn: "eller", nb: "eller", en: "or")
        return items.dropLast().joined(separator: ", ") + " \(or) " + (items.last ?? "")
    }

    /// A number with one decimal, or none when it is whole.
    public func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15
            ? numbers.format(value, decimals: 0) : numbers.format(value, decimals: 2)
    }

    /// A closed range `[a, b]`, or `≥ a` / `≤ b` when open.
    public func range(_ minimum: Double?, _ maximum: Double?) -> String {
        switch (minimum, maximum) {
        case let (lo?, hi?): "[\(number(lo)), \(number(hi))]"
        case let (lo?, nil): "≥ \(number(lo))"
        case let (nil, hi?): "≤ \(number(hi))"
        case (nil, nil): "–"
        }
    }

    /// A size in bytes, kB or MB.
    public func bytes(_ count: Int) -> String {
        if count >= 1_048_576 { return numbers.format(Double(count) / 1_048_576, decimals: 1) + " MB" }
        if count >= 1024 { return numbers.format(Double(count) / 1024, decimals: 0) + " kB" }
        return "\(count) B"
    }

    /// The name of a kind of value: "eit heilt tal", "a date".
    public func kind(_ kind: ValueKind) -> String {
        switch kind {
        case .text: pick(nn: "ein tekst", nb: "en tekst", en: "a text")
        case .integer: pick(nn: "eit heilt tal", nb: "et heltall", en: "a whole number")
        case .number:
            pick(nn: "eit tal (desimalpunktum, til dømes 2.5)", nb: "et tall (desimalpunktum, for eksempel 2.5)", en: "a number (for example 2.5)")
        case .boolean: pick(nn: "true eller false", nb: "true eller false", en: "true or false")
        case .date: pick(nn: "ein dato (ÅÅÅÅ-MM-DD)", nb: "en dato (ÅÅÅÅ-MM-DD)", en: "a date (YYYY-MM-DD)")
        case .mapping: pick(nn: "ei blokk med nøklar", nb: "en blokk med nøkler", en: "a block of keys")
        case .list: pick(nn: "ei liste («- …»)", nb: "en liste («- …»)", en: "a list ('- …')")
        case .localizedText:
            pick(nn: "ein tekst eller { nn: …, nb: …, en: … }", nb: "en tekst eller { nn: …, nb: …, en: … }", en: "a text or { nn: …, nb: …, en: … }")
        case .identifier: pick(nn: "ein id (a–z, 0–9, bindestrek)", nb: "en id (a–z, 0–9, bindestrek)", en: "an id (a–z, 0–9, hyphen)")
        case .level: pick(nn: "eit kriterium med skala (nivå)", nb: "et kriterium med skala (nivå)", en: "a criterion with a scale (levels)")
        case .measure: pick(nn: "eit kriterium med måleverdi", nb: "et kriterium med måleverdi", en: "a criterion with a measured value")
        }
    }

    /// The name of what a reference points at: "kriterium", "municipality".
    public func reference(_ kind: ReferenceKind) -> String {
        switch kind {
        case .criterion: pick(nn: "kriterium", nb: "kriterium", en: "criterion")
        case .municipality: pick(nn: "kommune", nb: "kommune", en: "municipality")
        case .group: pick(nn: "kriteriegruppe", nb: "kriteriegruppe", en: "criterion group")
        case .candidate: pick(nn: "kandidat", nb: "kandidat", en: "candidate")
        case .template: pick(nn: "vurderingsmal", nb: "vurderingsmal", en: "evaluation template")
        case .region: pick(nn: "regionfil", nb: "regionfil", en: "region file")
        case .language: pick(nn: "språkkode (nn, nb, en)", nb: "språkkode (nn, nb, en)", en: "language code (nn, nb, en)")
        case .computedMeasure: pick(nn: "utrekning", nb: "utregning", en: "computation")
        case .form: pick(nn: "samarbeidsform", nb: "samarbeidsform", en: "form of cooperation")
        case .direction: pick(nn: "retning", nb: "retning", en: "direction")
        case .knockoutKind: pick(nn: "type utelukkingsregel", nb: "type utelukkingsregel", en: "kind of knock-out rule")
        case .fileKind: pick(nn: "filtype", nb: "filtype", en: "file kind")
        case .status: pick(nn: "status", nb: "status", en: "status")
        case .basis: pick(nn: "grunnlag", nb: "grunnlag", en: "basis")
        case .assessor: pick(nn: "vurderar", nb: "vurderer", en: "assessor")
        case .service: pick(nn: "teneste", nb: "tjeneste", en: "service")
        case .method: pick(nn: "metode (rank, swing, pairwise)", nb: "metode (rank, swing, pairwise)", en: "method (rank, swing, pairwise)")
        case .rankRule:
            pick(
                nn: "regel for rangering (centroid, sum, reciprocal)", nb: "regel for rangering (centroid, sum, reciprocal)",
                en: "ranking rule (centroid, sum, reciprocal)")
        case .uncertaintyKind:
            pick(
                nn: "type usikkerheit (exact, ordinal, none)", nb: "type usikkerhet (exact, ordinal, none)",
                en: "kind of uncertainty (exact, ordinal, none)")
        }
    }
}
