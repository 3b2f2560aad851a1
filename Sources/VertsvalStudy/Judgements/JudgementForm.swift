public import Vertsval

/// What a board member typed into the judgement form of the workbench: who they are and
/// their inputs to one method. `judgement(for:…)` checks every field against the case's
/// template and region and builds the `Judgement`; `method(for:)` checks only the inputs
/// (for a preview while the member is still typing).
///
/// Texts are in the page's language; numbers must be finite (JSON has no NaN). Inputs of
/// the methods not chosen are ignored.
public struct JudgementForm: Sendable, Hashable, Decodable {
    /// The member's name as they want it shown.
    public var member: String
    /// The municipality id (from the region) the member sits for.
    public var municipality: String
    /// The member's role, e.g. "styremedlem for Luster" (optional).
    public var role: String?
    /// `YYYY-MM-DD`; empty takes the day of saving.
    public var date: String?
    /// The member's own note (optional).
    public var note: String?
    /// `rank`, `swing` or `pairwise`.
    public var method: String
    /// For `rank`: `centroid` (default), `sum` or `reciprocal`.
    public var rule: String?
    /// For `rank`: criterion id → rank, 1 most important, ties allowed.
    public var ranks: [String: Double]?
    /// For `swing`: criterion id → points 0–100, the most important 100.
    public var points: [String: Double]?
    /// For `pairwise`: first criterion id → second criterion id → Saaty value (`3`, `1/3`),
    /// each pair once, under the criterion that comes first in the template.
    public var pairs: [String: [String: String]]?

    /// Creates a form.
    public init(
        member: String, municipality: String, role: String? = nil, date: String? = nil, note: String? = nil, method: String,
        rule: String? = nil, ranks: [String: Double]? = nil, points: [String: Double]? = nil, pairs: [String: [String: String]]? = nil
    ) {
        self.member = member
        self.municipality = municipality
        self.role = role
        self.date = date
        self.note = note
        self.method = method
        self.rule = rule
        self.ranks = ranks
        self.points = points
        self.pairs = pairs
    }

    /// The longest name, role and note accepted.
    public static let maximumLengths = (member: 120, role: 300, note: 2_000)

    /// The method with its inputs in template order.
    ///
    /// - Throws: `StudyError.judgementForm` with every problem of the inputs.
    public func method(for template: Template) throws(StudyError) -> Judgement.Method {
        var problems: [JudgementFormProblem] = []
        let method = readMethod(template, problems: &problems)
        guard let method, problems.isEmpty else { throw .judgementForm(problems) }
        return method
    }

    /// The member's judgement of the case in `loaded`.
    ///
    /// - Parameters:
    ///   - language: the language the role and note are written in (Nynorsk is always
    ///     given too, as files require it).
    ///   - today: the date when the form gives none.
    /// - Throws: `StudyError.judgementForm` with every problem of the form.
    public func judgement(for loaded: LoadedCase, language: Language, today: CalendarDate) throws(StudyError) -> Judgement {
        var problems: [JudgementFormProblem] = []
        let name = Self.cleaned(member)
        if name.isEmpty { problems.append(.memberMissing) }
        if name.count > Self.maximumLengths.member { problems.append(.tooLong(field: .member, limit: Self.maximumLengths.member)) }
        let roleText = Self.cleaned(role ?? "")
        if roleText.count > Self.maximumLengths.role { problems.append(.tooLong(field: .role, limit: Self.maximumLengths.role)) }
        let noteText = Self.cleaned(note ?? "")
        if noteText.count > Self.maximumLengths.note { problems.append(.tooLong(field: .note, limit: Self.maximumLengths.note)) }
        let ids = loaded.region.municipalities.map(\.id.rawValue)
        let place = municipality.trimmingSpaces
        if !ids.contains(place) {
            problems.append(.unknownMunicipality(place, suggestion: Suggestion.closest(to: place, in: ids), valid: ids))
        }
        var day = today
        if let text = date?.trimmingSpaces, !text.isEmpty {
            if let given = CalendarDate(iso: text) { day = given } else { problems.append(.notADate(text)) }
        }
        let method = readMethod(loaded.template, problems: &problems)
        guard let method, problems.isEmpty else { throw .judgementForm(problems) }
        func localized(_ text: String) -> LocalizedText? {
            guard !text.isEmpty else { return nil }
            var values: [Language: String] = [.nn: text]
            values[language] = text
            return LocalizedText(values: values)
        }
        return Judgement(
            member: name, municipality: Municipality.ID(place), role: localized(roleText), template: loaded.template.id,
            criteria: loaded.template.criteria.map(\.id), method: method, date: day, note: localized(noteText))
    }

    private func readMethod(_ template: Template, problems: inout [JudgementFormProblem]) -> Judgement.Method? {
        guard let kind = Judgement.Kind(rawValue: method) else {
            problems.append(.unknownMethod(method))
            return nil
        }
        let ids = template.criteria.map(\.id.rawValue)
        switch kind {
        case .rank:
            var rule = RankOrderRule.centroid
            if let text = self.rule, !text.isEmpty {
                guard let given = RankOrderRule(rawValue: text) else {
                    problems.append(.unknownRule(text))
                    return nil
                }
                rule = given
            }
            let values = perCriterion(ranks ?? [:], ids: ids, method: .rank, problems: &problems) { id, value in
                value == value.rounded() && value >= 1 && value <= Double(ids.count)
                    ? nil : .rankOutOfRange(criterion: id, value: value, count: ids.count)
            }
            return values.map { .rank(ranks: $0.map { Int($0) }, rule: rule) }
        case .swing:
            let values = perCriterion(points ?? [:], ids: ids, method: .swing, problems: &problems) { id, value in
                value.isFinite && value >= 0 && value <= SwingWeighting.topPoints ? nil : .pointsOutOfRange(criterion: id, value: value)
            }
            guard let values else { return nil }
            let highest = values.max() ?? 0
            guard highest == SwingWeighting.topPoints else {
                problems.append(.swingTopNot100(highest: highest))
                return nil
            }
            return .swing(points: values)
        case .pairwise:
            return readPairs(ids: ids, problems: &problems).map { .pairwise(upperTriangle: $0) }
        }
    }

    /// One number per criterion, in template order; nil when any is missing, unknown or bad.
    private func perCriterion(
        _ given: [String: Double], ids: [String], method: Judgement.Kind, problems: inout [JudgementFormProblem],
        check: (String, Double) -> JudgementFormProblem?
    ) -> [Double]? {
        var failed = false
        for key in given.keys.sorted() where !ids.contains(key) {
            problems.append(.unknownCriterion(key, suggestion: Suggestion.closest(to: key, in: ids), valid: ids))
            failed = true
        }
        let missing = ids.filter { given[$0] == nil }
        if !missing.isEmpty {
            problems.append(.inputsMissing(method: method, criteria: missing))
            failed = true
        }
        for id in ids {
            if let value = given[id], let problem = check(id, value) {
                problems.append(problem)
                failed = true
            }
        }
        return failed ? nil : ids.map { given[$0] ?? 0 }
    }

    /// The upper triangle in template order; nil when any pair is missing, unknown or bad.
    private func readPairs(ids: [String], problems: inout [JudgementFormProblem]) -> [[SaatyValue]]? {
        let given = pairs ?? [:]
        var failed = false
        for first in given.keys.sorted() {
            guard let i = ids.firstIndex(of: first) else {
                problems.append(.unknownCriterion(first, suggestion: Suggestion.closest(to: first, in: ids), valid: ids))
                failed = true
                continue
            }
            for second in (given[first] ?? [:]).keys.sorted() {
                guard let j = ids.firstIndex(of: second) else {
                    problems.append(.unknownCriterion(second, suggestion: Suggestion.closest(to: second, in: ids), valid: ids))
                    failed = true
                    continue
                }
                if j <= i {
                    problems.append(.pairOutOfOrder(first: first, second: second))
                    failed = true
                }
            }
        }
        var upper: [[SaatyValue]] = []
        var missing: [String] = []
        for i in ids.indices {
            var row: [SaatyValue] = []
            for j in (i + 1)..<max(i + 1, ids.count) {
                guard let text = given[ids[i]]?[ids[j]] else {
                    missing.append(ids[i] + "–" + ids[j])
                    continue
                }
                guard text.count <= 8, let value = SaatyValue(text: text) else {
                    problems.append(.notOnSaatyScale(first: ids[i], second: ids[j], value: String(text.prefix(20))))
                    failed = true
                    continue
                }
                row.append(value)
            }
            upper.append(row)
        }
        if !missing.isEmpty {
            problems.append(.inputsMissing(method: .pairwise, criteria: missing))
            failed = true
        }
        return failed ? nil : upper
    }

    /// `text` with control characters as spaces and surrounding white space removed.
    static func cleaned(_ text: String) -> String {
        SaveScenario.cleaned(text)
    }
}
