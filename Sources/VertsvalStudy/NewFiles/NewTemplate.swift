public import Vertsval

/// Use case: start an evaluation template: a draft with one criterion of each kind (a
/// scale scored by hand, a measure typed in by hand, travel time and regional balance
/// computed from the region file) and one knock-out rule of each kind, with the format
/// explained in comments. Every text is written in nn, nb and en, to be replaced by the
/// wording the board adopts.
public enum NewTemplate {
    /// What to write.
    public struct Request: Sendable {
        /// The file to write (`.yaml`).
        public var output: String
        /// The template id; from the file name when nil.
        public var id: String?
        /// The title (Nynorsk, or the language of the run); a placeholder when nil.
        public var title: String?
        /// The language of the comments.
        public var language: Language
        /// Whether an existing file may be replaced.
        public var force: Bool

        /// Creates a request.
        public init(output: String, id: String? = nil, title: String? = nil, language: Language = .nn, force: Bool = false) {
            self.output = output
            self.id = id
            self.title = title
            self.language = language
            self.force = force
        }
    }

    /// Writes the template.
    ///
    /// - Throws: `StudyError` for an unusable id or title, an existing file (without
    ///   `force`) or a file that cannot be written.
    public static func run(_ request: Request) throws(StudyError) -> NewFileResult {
        try NewFileResult.checkTarget(request.output, force: request.force)
        let id = try NewFileResult.identifier(request.id, output: request.output)
        if let title = request.title, title.trimmingSpaces.isEmpty { throw .nameMissing }
        let left = try NewFileResult.write(
            yaml(id: id, title: request.title?.trimmingSpaces, language: request.language), to: request.output, kind: .template)
        return NewFileResult(path: request.output, left: left)
    }

    /// The template's text.
    static func yaml(id: String, title: String?, language: Language) -> String {
        let say = { (key: ScaffoldText) in key.text(in: language) }
        func all(_ key: ScaffoldText) -> String {
            var values: [Language: String] = [:]
            for each in Language.allCases { values[each] = key.text(in: each) }
            return YAMLText.localized(LocalizedText(values: values))
        }
        let titleText = title.map { "{ nn: \(YAMLText.quoted($0)) }" } ?? all(.templateTitle)
        var lines = YAMLText.comment(say(.templateIntro))
        lines += [
            "kind: template",
            "id: \(id)",
            "version: \"1\"",
            "status: draft",
            "title: \(titleText)",
        ]
        lines += YAMLText.comment(say(.templateAdoption))
        lines += ["# adoption: { body: { nn: \"…\" }, date: 2026-01-01, caseNumber: \"…\" }"]
        lines += YAMLText.comment(say(.templateUncertainty))
        lines += ["uncertainty:", "  weights: { spread: 20 }", "", "groups:"]
        lines += ["  - id: kvalitet", "    name: \(all(.skeletonQualityGroup))", "    criteria:"]
        lines += YAMLText.comment(say(.skeletonScaleKind), indent: 6)
        lines += [
            "      - id: fagmiljo",
            "        name: \(all(.skeletonScaleName))",
            "        question: \(all(.skeletonScaleQuestion))",
            "        weight: 40",
            "        scale:",
            "          levels:",
        ]
        for level in 1...5 {
            lines += ["            - level: \(level)", "              label: \(all(.skeletonLevel(level)))"]
        }
        lines += YAMLText.comment(say(.skeletonMeasureKind), indent: 6)
        lines += [
            "      - id: kostnad",
            "        name: \(all(.skeletonMeasureName))",
            "        question: \(all(.skeletonMeasureQuestion))",
            "        weight: 20",
            "        measure:",
            "          unit: \(all(.skeletonMeasureUnit))",
            "          direction: lowerIsBetter",
            "          decimals: 1",
            "          linear: { worst: 15, best: 3 }",
            "",
            "  - id: tilgjenge",
            "    name: \(all(.skeletonAccessGroup))",
            "    criteria:",
        ]
        lines += YAMLText.comment(say(.skeletonTravelKind), indent: 6)
        lines += [
            "      - id: reisetid",
            "        name: \(all(.skeletonTravelName))",
            "        question: \(all(.skeletonTravelQuestion))",
            "        weight: 20",
            "        measure:",
            "          unit: \(all(.skeletonTravelUnit))",
            "          direction: lowerIsBetter",
            "          computed: populationWeightedTravelTime",
            "          decimals: 1",
            "          linear: { worst: 90, best: 15 }",
        ]
        lines += YAMLText.comment(say(.skeletonBalanceKind), indent: 6)
        lines += [
            "      - id: balanse",
            "        name: \(all(.skeletonBalanceName))",
            "        question: \(all(.skeletonBalanceQuestion))",
            "        weight: 20",
            "        measure:",
            "          unit: \(all(.skeletonBalanceUnit))",
            "          direction: lowerIsBetter",
            "          computed: hostedShareGap",
            "          basis: arrangements",
            "          decimals: 1",
            "          piecewise:",
            "            - { x: -30, value: 100 }",
            "            - { x: 0, value: 60 }",
            "            - { x: 30, value: 0 }",
            "",
        ]
        lines += YAMLText.comment(say(.skeletonKnockouts))
        lines += [
            "knockouts:",
            "  - id: vilje",
            "    kind: declaredWillingness",
            "    text: \(all(.skeletonWillingnessRule))",
            "  - id: fagmiljo-minimum",
            "    kind: minimumLevel",
            "    criterion: fagmiljo",
            "    level: 2",
            "    text: \(all(.skeletonMinimumRule))",
            "  - id: kostnad-grense",
            "    kind: worstAcceptable",
            "    criterion: kostnad",
            "    limit: 20",
            "    text: \(all(.skeletonLimitRule))",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
