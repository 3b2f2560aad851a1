public import Vertsval

/// Use case: start a case from a template and a region: every criterion scored by hand for
/// every candidate, each with its scale's wording as comments and the level (or value),
/// `why` and `source` empty to fill in. The file is valid but unfinished: `validate` lists
/// what is left as warnings, and nothing is computed from it until it is filled in.
public enum NewCase {
    /// What to write.
    public struct Request: Sendable {
        /// The template (a path the process can open).
        public var templatePath: String
        /// The region.
        public var regionPath: String
        /// The candidates' municipality ids, in order.
        public var candidates: [String]
        /// The service's name, as the board calls it.
        public var service: String
        /// The file to write (`.yaml`).
        public var output: String
        /// The case id; from the file name when nil.
        public var id: String?
        /// The language of the comments (the texts the tool writes are in every language).
        public var language: Language
        /// Whether an existing file may be replaced.
        public var force: Bool

        /// Creates a request.
        public init(
            templatePath: String, regionPath: String, candidates: [String], service: String, output: String, id: String? = nil,
            language: Language = .nn, force: Bool = false
        ) {
            self.templatePath = templatePath
            self.regionPath = regionPath
            self.candidates = candidates
            self.service = service
            self.output = output
            self.id = id
            self.language = language
            self.force = force
        }
    }

    /// Writes the case; returns what was written and what is left to fill in.
    ///
    /// - Throws: `StudyError` for an invalid template or region, unknown or repeated
    ///   candidates, an empty service name, an unusable id, an existing file (without
    ///   `force`) or a file that cannot be written.
    public static func run(_ request: Request) throws(StudyError) -> NewFileResult {
        try NewFileResult.checkTarget(request.output, force: request.force)
        let template = try NewFileResult.load { () throws(ValidationFailure) in try Loader.loadTemplate(at: request.templatePath).template }
        let region = try NewFileResult.load { () throws(ValidationFailure) in try Loader.loadRegion(at: request.regionPath).region }
        let candidates = try checkCandidates(request.candidates, in: region)
        let service = request.service.trimmingSpaces
        guard !service.isEmpty else { throw .nameMissing }
        let id = try NewFileResult.identifier(request.id, output: request.output)
        let text = yaml(
            template: template, region: region, candidates: candidates, service: service, id: id,
            templateReference: YAMLText.relativePath(to: request.templatePath, from: request.output),
            regionReference: YAMLText.relativePath(to: request.regionPath, from: request.output), language: request.language)
        let left = try NewFileResult.write(text, to: request.output, kind: .case)
        return NewFileResult(path: request.output, left: left)
    }

    /// The candidates as municipality ids of `region`, each once.
    ///
    /// - Throws: `StudyError.noCandidates`, `.duplicateCandidate` or `.unknownCandidate`
    ///   with the region's ids (a suggestion only among those not given already).
    static func checkCandidates(_ given: [String], in region: Region) throws(StudyError) -> [Municipality.ID] {
        let valid = region.municipalities.map(\.id.rawValue)
        let names = given.map(\.trimmingSpaces).filter { !$0.isEmpty }
        guard !names.isEmpty else { throw .noCandidates(valid: valid) }
        var result: [Municipality.ID] = []
        for name in names {
            guard valid.contains(name) else {
                let open = valid.filter { !names.contains($0) }
                throw .unknownCandidate(name, suggestion: Suggestion.closest(to: name, in: open), valid: valid, region: region.name)
            }
            guard !result.contains(Municipality.ID(name)) else { throw .duplicateCandidate(name) }
            result.append(Municipality.ID(name))
        }
        return result
    }

    /// The case file's text.
    static func yaml(
        template: Template, region: Region, candidates: [Municipality.ID], service: String, id: String, templateReference: String,
        regionReference: String, language: Language
    ) -> String {
        let say = { (key: ScaffoldText) in key.text(in: language) }
        var lines = YAMLText.comment(say(.caseIntro(service: service)))
        if template.status == .reconstruction, let notice = template.notice {
            lines += ["#"] + YAMLText.comment(say(.templateNotice(text: notice.text(language))))
        }
        let computed = template.computedCriteria
        if !computed.isEmpty {
            let list = computed.map { "\($0.id) (\($0.name.text(language)))" }
            lines += ["#"] + YAMLText.comment(say(.computedCriteria(list: Phrasebook(language).list(list))))
        }
        var titles: [Language: String] = [:]
        for each in Language.allCases { titles[each] = ScaffoldText.caseTitle(service: service).text(in: each) }
        lines += [
            "kind: case",
            "id: \(id)",
            "title: \(YAMLText.localized(LocalizedText(values: titles)))",
            "template: \(YAMLText.quoted(templateReference))",
            "region: \(YAMLText.quoted(regionReference))",
            "",
            "service:",
            "  name: \(YAMLText.quoted(service))",
        ]
        lines += YAMLText.comment(say(.serviceFacts), indent: 2)
        lines += ["  fte:", "  budget:", "  budgetYear:", "  start:", "", "candidates:"]
        for candidate in candidates {
            lines.append("  - municipality: \(candidate)  # \(region.name(of: candidate))")
            if template.asksWillingness {
                lines += YAMLText.comment(say(.willingness), indent: 4)
                lines += ["    willing:", "    source:"]
            }
        }
        lines += [""] + YAMLText.comment(say(.scoresIntro)) + ["scores:"]
        let hints = template.handScored.map { ($0, ScoringHint($0, language: language)) }
        for candidate in candidates {
            lines.append("  \(candidate):  # \(region.name(of: candidate))")
            for (criterion, hint) in hints {
                lines.append("    \(criterion.id):")
                lines += hint.commentLines(for: criterion, language: language, indent: 6)
                lines += ["      \(criterion.expected == .level ? "level" : "value"):", "      why:", "      source:"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text without leading and trailing white space.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
