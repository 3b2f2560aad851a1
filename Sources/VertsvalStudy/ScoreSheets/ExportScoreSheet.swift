internal import Foundation
public import Vertsval

/// Use case: a score sheet for assessors: one row per candidate and criterion scored by
/// hand (and, when the template asks for it, one for the candidate's willingness), with the scale's wording (or the measure in words), the score in the case now, and
/// empty cells for the level (or value), why and source — in the form Norwegian
/// spreadsheets open directly (see `SheetText`). `ImportScoreSheet` reads it back.
public enum ExportScoreSheet {
    /// What to export.
    public struct Request: Sendable {
        /// The case (finished or not).
        public var casePath: String
        /// The sheet to write (`.csv`).
        public var output: String
        /// The language of the headers and wording.
        public var language: Language
        /// Whether an existing file may be replaced.
        public var force: Bool

        /// Creates a request.
        public init(casePath: String, output: String, language: Language = .nn, force: Bool = false) {
            self.casePath = casePath
            self.output = output
            self.language = language
            self.force = force
        }
    }

    /// Writes the sheet; returns the number of rows to fill in.
    ///
    /// - Throws: `StudyError.invalidInput` for a case with errors, `.notCSVFile`,
    ///   `.fileExists` (without `force`), `.folderMissing` or `.writeFailed`.
    public static func run(_ request: Request) throws(StudyError) -> Int {
        guard request.output.hasSuffix(".csv"), !request.output.hasSuffix("/.csv") else { throw .notCSVFile(path: request.output) }
        if !request.force, FileManager.default.fileExists(atPath: request.output) { throw .fileExists(path: request.output) }
        let loaded = try NewFileResult.load { () throws(ValidationFailure) in try Loader.loadCase(at: request.casePath) }
        let rows = rows(of: loaded, language: request.language)
        try ImportScoreSheet.write(SheetText.text(rows), to: request.output)
        return rows.count - 1
    }

    /// The sheet's text for a loaded case.
    public static func text(of loaded: LoadedCase, language: Language) -> String {
        SheetText.text(rows(of: loaded, language: language))
    }

    /// The header row and one row per entry of the case's score sheet.
    static func rows(of loaded: LoadedCase, language: Language) -> [[String]] {
        var rows = [SheetColumn.allCases.map { $0.header(in: language) }]
        var previous: Municipality.ID?
        for entry in ScoreSheet(loaded).entries {
            if loaded.template.asksWillingness, entry.municipality != previous,
                let candidate = loaded.case.candidates.first(where: { $0.municipality == entry.municipality })
            {
                var row = Array(repeating: "", count: SheetColumn.allCases.count)
                row[SheetColumn.candidate.rawValue] = entry.municipality.rawValue
                row[SheetColumn.municipality.rawValue] = loaded.region.name(of: entry.municipality)
                row[SheetColumn.criterion.rawValue] = WillingnessRow.id
                row[SheetColumn.name.rawValue] = WillingnessRow.question(in: language)
                row[SheetColumn.scale.rawValue] = WillingnessRow.scale(in: language)
                row[SheetColumn.current.rawValue] = candidate.willing.map { WillingnessRow.answer($0, in: language) } ?? ""
                rows.append(row)
            }
            previous = entry.municipality
            let criterion = entry.criterion
            let hint = ScoringHint(criterion, language: language)
            var row = Array(repeating: "", count: SheetColumn.allCases.count)
            row[SheetColumn.candidate.rawValue] = entry.municipality.rawValue
            row[SheetColumn.municipality.rawValue] = loaded.region.name(of: entry.municipality)
            row[SheetColumn.criterion.rawValue] = criterion.id.rawValue
            row[SheetColumn.name.rawValue] = "\(criterion.name.text(language)): \(criterion.question.text(language))"
            row[SheetColumn.scale.rawValue] = scaleText(hint)
            row[SheetColumn.current.rawValue] = entry.score.map { SheetText.number($0.value.number) } ?? ""
            rows.append(row)
        }
        return rows
    }

    /// The scale's levels one per line («1 = …»), or the measure's unit, direction and
    /// value function.
    static func scaleText(_ hint: ScoringHint) -> String {
        if !hint.levels.isEmpty { return hint.levels.map { "\($0.level) = \($0.label)" }.joined(separator: "\n") }
        return [hint.summary, hint.valueFunction].compactMap { $0 }.joined(separator: ". ")
    }
}
