internal import Foundation
internal import SwiftCSV
internal import Vertsval

/// Use case: reads a filled-in score sheet (see `ExportScoreSheet`) into a case, as the
/// case's scores or as one assessor's (`assessors:`). Every cell is checked first; when any
/// is wrong, every wrong cell is reported with the sheet's row and column and nothing is
/// written. Rows with no level (or value), why and source are left out. The case file is
/// rewritten through `AtomicFile`, keeping its comments and layout (see `ScoresEditor`).
public enum ImportScoreSheet {
    /// Where the scores go.
    public enum Target: Sendable, Hashable {
        /// The case's own (agreed) scores: level or value, why and source.
        case scores
        /// One assessor's scores, under `assessors:` of each score, by the assessor's name.
        case assessor(String)
    }

    /// What to import.
    public struct Request: Sendable {
        /// The case to write into.
        public var casePath: String
        /// The sheet (`.csv`, semicolons, commas or tabs between cells).
        public var sheetPath: String
        /// Where the scores go.
        public var target: Target

        /// Creates a request.
        public init(casePath: String, sheetPath: String, target: Target) {
            self.casePath = casePath
            self.sheetPath = sheetPath
            self.target = target
        }
    }

    /// Writes the sheet's scores into the case; returns how many were written.
    ///
    /// - Throws: `StudyError.invalidInput` for a case with errors, `.sheet` with every bad
    ///   cell, `.nameMissing` for an assessor without a name, `.fileNotReadable` for a sheet
    ///   that cannot be opened, `.writeFailed` when the case cannot be written.
    public static func run(_ request: Request) throws(StudyError) -> Int {
        if case .assessor(let name) = request.target, name.trimmingSpaces.isEmpty { throw .nameMissing }
        let loaded = try NewFileResult.load { () throws(ValidationFailure) in try Loader.loadCase(at: request.casePath) }
        guard let data = FileManager.default.contents(atPath: request.sheetPath) else { throw .fileNotReadable(path: request.sheetPath) }
        let (edits, willingness) = try edits(fromSheet: data, path: request.sheetPath, loaded: loaded, target: request.target)
        guard !edits.isEmpty || !willingness.isEmpty else { return 0 }
        guard let original = FileManager.default.contents(atPath: request.casePath).flatMap({ String(data: $0, encoding: .utf8) }),
            var editor = ScoresEditor(text: original)
        else { throw .fileNotReadable(path: request.casePath) }
        var target = ScoresEditor.Target.scores
        if case .assessor(let name) = request.target { target = .assessor(name.trimmingSpaces) }
        var text = original
        if !willingness.isEmpty {
            text = editor.applying(willingness)
            guard let reread = ScoresEditor(text: text) else { throw .fileNotReadable(path: request.casePath) }
            editor = reread
        }
        if !edits.isEmpty { text = editor.applying(edits, to: target) }
        try check(text, for: request.casePath)
        try write(text, to: request.casePath)
        return edits.count + willingness.count
    }

    /// The scores a sheet gives, every cell checked.
    ///
    /// - Throws: `StudyError.sheet` with every bad cell.
    static func edits(
        fromSheet data: Data, path: String, loaded: LoadedCase, target: Target
    ) throws(StudyError) -> (scores: [ScoresEditor.Edit], willingness: [ScoresEditor.Willingness]) {
        let problem = { (kind: SheetProblem.Kind, row: Int, column: Int) in SheetProblem(kind, file: path, row: row, column: column) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .sheet([problem(.unreadable(reason: "UTF-8"), 1, 1)])
        }
        let header = String(text.prefix { !$0.isNewline })
        let delimiter: CSVDelimiter = header.contains(";") ? .semicolon : header.contains("\t") ? .tab : .comma
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false)
        } catch {
            var reason = String(describing: error)
            if let parse = error as? CSVParseError {
                switch parse {
                case .generic(let message), .quotation(let message): reason = message
                }
            }
            throw .sheet([problem(.unreadable(reason: reason), 1, 1)])
        }
        var columns: [SheetColumn: Int] = [:]
        for (index, name) in csv.header.enumerated() {
            let cleaned = name.trimmingSpaces.lowercased()
            if let column = SheetColumn.allCases.first(where: { $0.accepted.contains(cleaned) }), columns[column] == nil {
                columns[column] = index
            }
        }
        let missing = SheetColumn.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw .sheet(missing.map { problem(.missingColumn(names: $0.accepted), 1, csv.header.count + 1) })
        }
        let candidates = loaded.case.candidates.map(\.municipality.rawValue)
        let criteria = loaded.template.handScored
        var problems: [SheetProblem] = []
        var edits: [ScoresEditor.Edit] = []
        var willingness: [ScoresEditor.Willingness] = []
        var seen: [String: Int] = [:]
        for (offset, cells) in csv.rows.enumerated() {
            let row = offset + 2
            let cell = { (column: SheetColumn) -> (text: String, column: Int) in
                let index = columns[column] ?? 0
                return ((index < cells.count ? cells[index] : "").trimmingSpaces, index + 1)
            }
            if cells.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            let (candidateText, candidateColumn) = cell(.candidate)
            let (criterionText, criterionColumn) = cell(.criterion)
            var rowOK = true
            if !candidates.contains(candidateText) {
                let suggestion = Suggestion.closest(to: candidateText, in: candidates)
                problems.append(problem(.unknownCandidate(candidateText, suggestion: suggestion, valid: candidates), row, candidateColumn))
                rowOK = false
            }
            if criterionText == WillingnessRow.id, loaded.template.asksWillingness {
                guard rowOK, seen[candidateText + "\u{0}"] == nil else {
                    if let first = seen[candidateText + "\u{0}"] {
                        problems.append(problem(.duplicateRow(firstRow: first), row, criterionColumn))
                    }
                    continue
                }
                seen[candidateText + "\u{0}"] = row
                let (answer, answerColumn) = cell(.score)
                let source = cell(.source).text
                if answer.isEmpty { continue }
                guard target == .scores else {
                    problems.append(problem(.willingnessNotAssessed, row, answerColumn))
                    continue
                }
                guard let willing = WillingnessRow.parse(answer) else {
                    problems.append(problem(.notYesNo(answer), row, answerColumn))
                    continue
                }
                willingness.append(
                    ScoresEditor.Willingness(municipality: Municipality.ID(candidateText), willing: willing, source: source.isEmpty ? nil : source))
                continue
            }
            let criterion = criteria.first { $0.id.rawValue == criterionText }
            if criterion == nil {
                let valid = criteria.map(\.id.rawValue) + (loaded.template.asksWillingness ? [WillingnessRow.id] : [])
                let suggestion = Suggestion.closest(to: criterionText, in: valid)
                problems.append(problem(.unknownCriterion(criterionText, suggestion: suggestion, valid: valid), row, criterionColumn))
                rowOK = false
            }
            guard rowOK, let criterion else { continue }
            let key = candidateText + "\u{0}" + criterionText
            if let first = seen[key] {
                problems.append(problem(.duplicateRow(firstRow: first), row, criterionColumn))
                continue
            }
            seen[key] = row
            let (scoreText, scoreColumn) = cell(.score)
            let (why, whyColumn) = cell(.why)
            let source = cell(.source).text
            let expected = criterion.expected
            guard !scoreText.isEmpty else {
                if !why.isEmpty || !source.isEmpty { problems.append(problem(.missingScore(expected: expected), row, scoreColumn)) }
                continue
            }
            guard let number = SheetText.parseNumber(scoreText) else {
                problems.append(problem(.notANumber(scoreText, expected: expected), row, scoreColumn))
                continue
            }
            var value = ScoreValue.measure(number)
            if let scale = criterion.scale {
                guard number == number.rounded(), abs(number) < 1e9 else {
                    problems.append(problem(.notANumber(scoreText, expected: .level), row, scoreColumn))
                    continue
                }
                let level = Int(number)
                guard scale.levelNumbers.contains(level) else {
                    problems.append(problem(.levelOutOfScale(level: level, levels: scale.levelNumbers), row, scoreColumn))
                    continue
                }
                value = .level(level)
            }
            if target == .scores, let old = loaded.case.score(of: Municipality.ID(candidateText), on: criterion.id),
                old.low != nil || old.high != nil
            {
                let low = old.low?.number ?? old.value.number
                let high = old.high?.number ?? old.value.number
                if number < low || number > high {
                    problems.append(problem(.outsideUncertainty(value: number, low: low, high: high), row, scoreColumn))
                    continue
                }
            }
            guard !why.isEmpty else {
                problems.append(problem(.missingWhy, row, whyColumn))
                continue
            }
            edits.append(
                ScoresEditor.Edit(
                    municipality: Municipality.ID(candidateText), criterion: criterion, value: value, why: why,
                    source: source.isEmpty ? nil : source))
        }
        guard problems.isEmpty else { throw .sheet(problems) }
        return (edits, willingness)
    }

    /// Loads `text` as the case at `path` would load, from a temporary file next to it, so
    /// that nothing is written that does not load.
    ///
    /// - Throws: `StudyError.invalidInput` with the problems, located in the case file.
    static func check(_ text: String, for path: String) throws(StudyError) {
        let url = URL(fileURLWithPath: path)
        let probe = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".vertsval-check-\(getpid()).yaml"
        defer { try? FileManager.default.removeItem(atPath: probe) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: probe))
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
        do {
            _ = try Loader.loadCase(at: probe)
        } catch {
            let relocated = error.diagnostics.map { diagnostic in
                var moved = diagnostic
                if moved.location.file == probe { moved.location.file = path }
                return moved
            }
            throw .invalidInput(ValidationFailure(relocated))
        }
    }

    /// Writes `text` to `path` through `AtomicFile`.
    static func write(_ text: String, to path: String) throws(StudyError) {
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            switch error {
            case .missingFolder(let folder): throw .folderMissing(path: path, folder: folder)
            case .cannotWrite(let reason): throw .writeFailed(path: path, reason: reason)
            }
        }
    }
}
