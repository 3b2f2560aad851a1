internal import Foundation
public import Vertsval

/// Use case: save a set of weight changes as a scenario file next to its case. The case
/// and the template are never written; an existing file is never replaced; what is
/// written has passed the same validation as `vertsval validate`.
public enum SaveScenario {
    /// What to save.
    public struct Request: Sendable {
        /// The case the scenario changes (a path the process can open).
        public var casePath: String
        /// The id asked for; lower-cased, spaces become dashes, only a–z, 0–9 and dashes kept.
        public var id: String
        /// Title, in `language`.
        public var title: String
        /// Why the weights differ, in `language`.
        public var reason: String
        /// Criterion id → points.
        public var weights: [String: Double]
        /// Scores tried (`candidate.criterion=level`), saved with the scenario's reason.
        public var scores: [ScoreAdjustment] = []
        /// The language the title and reason are written in.
        public var language: Language
        /// The date the scenario is made.
        public var created: CalendarDate

        /// Creates a request.
        public init(
            casePath: String, id: String, title: String, reason: String, weights: [String: Double], language: Language, created: CalendarDate
        ) {
            self.casePath = casePath
            self.id = id
            self.title = title
            self.reason = reason
            self.weights = weights
            self.language = language
            self.created = created
        }
    }

    /// The longest id, title and reason accepted.
    public static let maximumLengths = (id: 64, title: 300, reason: 2_000)

    /// Validates and writes the scenario; returns the path written.
    ///
    /// - Throws: `StudyError` for an invalid case, an incomplete scenario, unusable
    ///   weights, an id that exists, or a file that cannot be written.
    public static func run(_ request: Request) throws(StudyError) -> String {
        let loaded: LoadedCase
        do {
            switch try Loader.load(at: request.casePath, expecting: [.case, .scenario]) {
            case .case(let found): loaded = found
            default: throw StudyError.scenarioNeedsCase
            }
        } catch let error as ValidationFailure {
            throw .invalidInput(error)
        } catch {
            throw .scenarioNeedsCase
        }
        let id = identifier(request.id)
        let title = cleaned(request.title)
        let reason = cleaned(request.reason)
        guard let id, !title.isEmpty, !reason.isEmpty, title.count <= maximumLengths.title, reason.count <= maximumLengths.reason else {
            throw .scenarioIncomplete
        }
        // In template order; every id must be a criterion, every value usable.
        let ids = loaded.template.criteria.map(\.id)
        for criterion in request.weights.keys.sorted().map(Criterion.ID.init(rawValue:)) where !ids.contains(criterion) {
            throw .weights(.unknownCriterion(criterion, suggestion: Suggestion.closest(to: criterion, in: ids), valid: ids))
        }
        let weights = ids.compactMap { criterion in request.weights[criterion.rawValue].map { (criterion: criterion, points: $0) } }
        guard !weights.isEmpty || !request.scores.isEmpty else { throw .scenarioIncomplete }
        if !weights.isEmpty {
            do {
                _ = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides, adjustments: weights)
            } catch {
                throw .weights(error)
            }
        }
        // The scores as this run would apply them (checked, and only those that change the case).
        let scoreChanges = try ScoreAdjustmentText.apply(request.scores, to: loaded, origin: .adjustment).changes

        let caseName = URL(fileURLWithPath: request.casePath).lastPathComponent
        let base = caseName.hasSuffix(".yaml") ? String(caseName.dropLast(5)) : caseName
        let folder = request.casePath.lastIndex(of: "/").map { String(request.casePath[...$0]) } ?? ""
        let target = folder + "\(base).scenario.\(id).yaml"
        guard !FileManager.default.fileExists(atPath: target) else { throw .scenarioExists(id: id) }

        // The text is in the request's language; Nynorsk is always present (it is required).
        var titles: [Language: String] = [.nn: title]
        titles[request.language] = title
        var reasons: [Language: String] = [.nn: reason]
        reasons[request.language] = reason
        let scenario = Scenario(
            id: id, title: LocalizedText(values: titles), caseReference: caseName, reason: LocalizedText(values: reasons), weights: weights,
            created: request.created)
        var scenarioWithScores = scenario
        scenarioWithScores.scores = scoreChanges.map {
            ScenarioScore(municipality: $0.municipality, criterion: $0.criterion, value: $0.to, reason: LocalizedText(values: reasons))
        }
        try write(scenarioWithScores.yaml(), to: target, folder: folder)
        return target
    }

    /// Writes to a temporary file next to the target, validates it as a scenario, and links
    /// it into place (so an existing file is never replaced and nothing half-written stays).
    static func write(_ text: String, to target: String, folder: String) throws(StudyError) {
        let temporary = folder + ".vertsval-scenario-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw .writeFailed(path: target, reason: error.localizedDescription)
        }
        do {
            _ = try Loader.load(at: temporary, expecting: [.scenario])
        } catch {
            throw .invalidInput(error)
        }
        do {
            try FileManager.default.linkItem(atPath: temporary, toPath: target)
        } catch {
            if FileManager.default.fileExists(atPath: target) {
                throw .scenarioExists(id: URL(fileURLWithPath: target).deletingPathExtension().pathExtension)
            }
            throw .writeFailed(path: target, reason: error.localizedDescription)
        }
    }

    /// `id` lower-cased, spaces as dashes, only ASCII letters, digits and dashes; nil when
    /// nothing but dashes is left, or when it is too long.
    static func identifier(_ id: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        let text = String(id.lowercased().map { $0 == " " ? "-" : $0 }.filter { allowed.contains($0) })
        guard text.contains(where: { $0 != "-" }), text.count <= maximumLengths.id, !text.hasPrefix("-") else { return nil }
        return text
    }

    /// `text` with control characters as spaces and surrounding white space removed.
    static func cleaned(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
