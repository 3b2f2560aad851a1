public import Vertsval
public import VertsvalStudy

/// The first thing every output of a what-if run shows: that it is a scenario or a draft,
/// not the result with the template's weights and all the portfolio's rules, and each
/// deviation with its source (the template's weight next to the one used, the reason).
public struct ProvenanceNote: Sendable {
    /// Where the result comes from.
    public let provenance: Provenance
    /// The language written in.
    public let language: Language

    /// Creates the note's builder.
    public init(_ provenance: Provenance, language: Language) {
        self.provenance = provenance
        self.language = language
    }

    /// The note for a case (nothing when the run uses the case as it stands).
    public func blocks(for analysis: EvaluationAnalysis) -> [Block] {
        text(for: analysis).map { [.note(Note(kind: .important, label: label, text: $0))] } ?? []
    }

    /// The note's text for a case, as the web page's banner shows it; nil when the run uses
    /// the case as it stands.
    public func text(for analysis: EvaluationAnalysis) -> String? {
        guard let lead else { return nil }
        // The explanation's sentences, one per changed weight (the last says they are rescaled).
        let changes = (provenance.weights?.changes.isEmpty ?? true) ? [] : CaseExplanation(analysis, language: language).weights.dropLast()
        return ([lead] + changes + scoreSentences(analysis.evaluation)).joined(separator: " ")
    }

    /// The note's first sentence for a case: whether the run is a scenario or a draft, and
    /// whether weights or scores were changed for it; nil when the run uses the case as it
    /// stands.
    public var lead: String? {
        guard provenance.isWhatIf else { return nil }
        let t = Phrasebook(language)
        var lead: String
        if let scenario = provenance.scenario {
            lead = t.pick(
                nn: "Dette er scenarioet «\(scenario.title.text(language))», ikkje resultatet med vektene i vurderingsmalen.",
                nb: "Dette er scenarioet «\(scenario.title.text(language))», ikke resultatet med vektene i vurderingsmalen.",
                en: "This is the scenario '\(scenario.title.text(language))', not the result with the evaluation template's weights.")
            if provenance.hasAdHocWeights {
                lead +=
                    " "
                    + t.pick(
                        nn: "Nokre vekter er i tillegg endra for denne køyringa.", nb: "Noen vekter er i tillegg endret for denne kjøringen.",
                        en: "Some weights are also changed for this run.")
            }
        } else if provenance.hasAdHocWeights {
            lead = t.pick(
                nn: "Dette er eit utkast med vekter endra for denne køyringa, ikkje resultatet med vektene i vurderingsmalen.",
                nb: "Dette er et utkast med vekter endret for denne kjøringen, ikke resultatet med vektene i vurderingsmalen.",
                en: "This is a draft with weights changed for this run, not the result with the evaluation template's weights.")
        } else {
            lead = t.pick(
                nn: "Dette er eit utkast med skårar endra for denne køyringa, ikkje resultatet med skårane i saka.",
                nb: "Dette er et utkast med skårer endret for denne kjøringen, ikke resultatet med skårene i saken.",
                en: "This is a draft with scores changed for this run, not the result with the case's scores.")
        }
        return lead
    }

    /// The one-line note for a part of a case's page that is fetched and shown on its own
    /// (the members' judgements): the label and the note's first sentence, so that the part
    /// says it was computed with a scenario or with weights or scores tried; nothing when
    /// the run uses the case as it stands.
    public func partBlocks() -> [Block] {
        lead.map { [.note(Note(kind: .important, label: label, text: $0))] } ?? []
    }

    /// One sentence per score changed: whose, on which criterion, the score used and the case's.
    func scoreSentences(_ evaluation: Evaluation) -> [String] {
        let t = Phrasebook(language)
        return provenance.scores.map { change in
            let who = evaluation.region.name(of: change.municipality)
            let what = evaluation.template.criterion(change.criterion)?.name.text(language) ?? change.criterion.rawValue
            let shown = { (value: ScoreValue) -> String in
                switch value {
                case .level(let level): t.pick(nn: "nivå \(level)", nb: "nivå \(level)", en: "level \(level)")
                case .measure(let number): t.number(number)
                }
            }
            return t.pick(
                nn: "\(who) har \(shown(change.to)) på «\(what)» i staden for \(shown(change.from)) som i saka.",
                nb: "\(who) har \(shown(change.to)) på «\(what)» i stedet for \(shown(change.from)) som i saken.",
                en: "\(who) has \(shown(change.to)) on '\(what)' instead of \(shown(change.from)) as in the case.")
        }
    }

    /// The note for a portfolio (nothing when every rule applies).
    public func blocks(for portfolio: Portfolio) -> [Block] {
        text(for: portfolio).map { [.note(Note(kind: .important, label: label, text: $0))] } ?? []
    }

    /// The note's text for a portfolio, as the web page's banner shows it; nil when every
    /// rule applies.
    public func text(for portfolio: Portfolio) -> String? {
        guard !provenance.rulesOff.isEmpty else { return nil }
        let t = Phrasebook(language)
        let rules = provenance.rulesOff.map { $0.label(in: portfolio, language: language) }
        let text = t.pick(
            nn: "Dette er eit utkast der desse reglane er slått av: \(t.list(rules)). Fordelinga held difor ikkje alle reglane i porteføljen.",
            nb: "Dette er et utkast der disse reglene er slått av: \(t.list(rules)). Fordelingen holder derfor ikke alle reglene i porteføljen.",
            en: "This is a draft with these rules switched off: \(t.list(rules)). The assignment therefore does not keep all the portfolio's rules.")
        return text
    }

    /// The time limits a solve ran under, and the flags that change them.
    public func timeLimitBlocks() -> [Block] {
        guard let limits = provenance.timeLimits else { return [] }
        let t = Phrasebook(language)
        let solve = t.number(limits.solve.inSeconds)
        let explanation = t.number(limits.explanation.inSeconds)
        return [
            .paragraph(
                t.pick(
                    nn: "Tidsgrenser: \(solve) s per løysing og \(explanation) s for heile forklaringa "
                        + "(endre med --time-limit og --explain-time-limit).",
                    nb: "Tidsgrenser: \(solve) s per løsning og \(explanation) s for hele forklaringen "
                        + "(endre med --time-limit og --explain-time-limit).",
                    en: "Time limits: \(solve) s per solve and \(explanation) s for the whole explanation "
                        + "(change them with --time-limit and --explain-time-limit)."))
        ]
    }

    /// `title` marked when the run is a what-if: «Scenario «…»: title» for a saved scenario
    /// as it stands, «Utkast: title» for anything changed in this run; `title` itself
    /// otherwise. PDF viewers show it in the window, the archive in its lists.
    public func title(_ title: String) -> String {
        guard provenance.isWhatIf else { return title }
        if label != Self.draftLabel(language), let scenario = provenance.scenario {
            return "\(label) «\(scenario.title.text(language))»: \(title)"
        }
        return "\(label): \(title)"
    }

    static func draftLabel(_ language: Language) -> String {
        Phrasebook(language).pick(nn: "Utkast", nb: "Utkast", en: "Draft")
    }

    /// «Scenario» for a saved scenario as it stands, «Utkast» for anything changed in this run.
    public var label: String {
        let t = Phrasebook(language)
        return provenance.scenario != nil && !provenance.hasAdHocChanges && provenance.rulesOff.isEmpty
            ? t.pick(nn: "Scenario", nb: "Scenario", en: "Scenario") : Self.draftLabel(language)
    }
}
