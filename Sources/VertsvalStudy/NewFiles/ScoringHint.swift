public import Vertsval

/// How a criterion is scored, in words: its scale's levels with their wording, or its
/// measure's unit, direction and value function, or what it is computed from. Written as
/// comments into a new case, shown by `vertsval describe`, and the wording a score sheet
/// needs.
public struct ScoringHint: Sendable, Hashable {
    /// One line: what is written and how, e.g. «nivå 1–5 («level:»)».
    public var summary: String
    /// The scale's levels with their wording, lowest first (empty for a measure).
    public var levels: [Level]
    /// The value function in words, for a measure (e.g. «15 gir 0 poeng, 3 gir 100 poeng»).
    public var valueFunction: String?

    /// A level of a scale and what it means.
    public struct Level: Sendable, Hashable {
        /// The level as written.
        public var level: Int
        /// Its wording in the chosen language.
        public var label: String
    }

    /// The hint for `criterion` in `language`.
    public init(_ criterion: Criterion, language: Language) {
        switch criterion.scoring {
        case .scale(let scale):
            summary = ScaffoldText.scaleSummary(low: scale.levelNumbers.first ?? 0, high: scale.levelNumbers.last ?? 0).text(in: language)
            levels = scale.levels.map { Level(level: $0.level, label: $0.label.text(language)) }
            valueFunction = nil
        case .measure(let measure):
            let unit = measure.unit.text(language)
            if let computed = measure.computed {
                summary = ScaffoldText.computedSummary(measure: computed, unit: unit).text(in: language)
            } else {
                summary = ScaffoldText.measureSummary(unit: unit, direction: measure.direction).text(in: language)
            }
            levels = []
            let points = measure.valueFunction.points.map { ScaffoldText.valuePoint(x: YAMLText.number($0.x), value: YAMLText.number($0.value)) }
            valueFunction = Phrasebook(language).list(points.map { $0.text(in: language) })
        }
    }

    /// The hint as comment lines for a YAML file, the criterion's name and question first.
    func commentLines(for criterion: Criterion, language: Language, indent: Int) -> [String] {
        var lines = YAMLText.comment("\(criterion.name.text(language)): \(criterion.question.text(language))", indent: indent)
        lines += YAMLText.comment(summary.prefix(1).uppercased() + summary.dropFirst() + ".", indent: indent)
        for level in levels {
            lines += YAMLText.comment("\(level.level) = \(level.label)", indent: indent, hanging: "\(level.level) = ".count)
        }
        if let valueFunction {
            lines += YAMLText.comment(ScaffoldText.valueFunction(points: valueFunction).text(in: language), indent: indent)
        }
        return lines
    }
}
