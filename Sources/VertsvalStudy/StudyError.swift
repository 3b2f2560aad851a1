public import Vertsval
public import VertsvalOptimizer

/// Why a use case could not answer. Data, not wording: `message(in:)` words it, and each
/// front-end maps `category` to its exit code or HTTP status.
public enum StudyError: Error, Sendable {
    /// The data files have errors (every problem, located).
    case invalidInput(ValidationFailure)
    /// A weight cannot be used (unknown criterion, bad points, all zero).
    case weights(WeightError)
    /// A weight was not written `criterion=points`.
    case weightSyntax(String)
    /// A rule to switch off that the portfolio does not have.
    case unknownRule(String, suggestion: String?, valid: [String])
    /// Weights were given for a portfolio (they belong to the cases behind it).
    case weightsNeedCase
    /// Rules to switch off were given for a case (only portfolios have rules).
    case rulesNeedPortfolio
    /// A number of samples outside 1 … `StudyDefaults.maximumSamples`.
    case samplesOutOfRange(Int)
    /// A weight spread outside 0–100 %.
    case spreadOutOfRange(Double)
    /// A time limit outside (0, 86 400] seconds.
    case timeLimitOutOfRange(Double)
    /// The robustness analysis cannot sample this case.
    case robustness(SMAAError)
    /// The optimiser could not compute an assignment.
    case optimizer(OptimizerError)
    /// A scenario to save lacks an id, a title or a reason, or its id has no usable letters.
    case scenarioIncomplete
    /// A scenario is saved next to a case, not next to another scenario.
    case scenarioNeedsCase
    /// A scenario with this id exists already.
    case scenarioExists(id: String)
    /// A file could not be written.
    case writeFailed(path: String, reason: String)
    /// A file could not be written because its folder does not exist.
    case folderMissing(path: String, folder: String)
    /// The data files are valid but not filled in yet: the things left (scores, rationales,
    /// willingness), located, as `vertsval validate` lists them as warnings.
    case unfinished([Diagnostic])
    /// A new file would replace one that exists (without `--force`).
    case fileExists(path: String)
    /// A new file must be a `.yaml` file.
    case notYAMLFile(path: String)
    /// A candidate for a new case that is no municipality of the region; `suggestion` is one
    /// of the municipalities not given already.
    case unknownCandidate(String, suggestion: String?, valid: [String], region: LocalizedText)
    /// A candidate given twice for a new case.
    case duplicateCandidate(String)
    /// No candidates for a new case.
    case noCandidates(valid: [String])
    /// A name that is empty once spaces are removed.
    case nameMissing
    /// An id with no usable letters (a–z, 0–9, dash) in it.
    case unusableID(String)
    /// A score for one run was not written `candidate.criterion=level`.
    case scoreSyntax(String)
    /// A score for one run names no candidate of the case.
    case scoreCandidate(String, suggestion: String?, valid: [String])
    /// A score for one run names no criterion scored by hand.
    case scoreCriterion(String, suggestion: String?, valid: [String])
    /// A level for one run that is not on the criterion's scale.
    case scoreOutOfScale(Double, levels: [Int], criterion: String)
    /// Scores were given for a portfolio (they belong to the cases behind it).
    case scoresNeedCase
    /// A score sheet to write must be a `.csv` file.
    case notCSVFile(path: String)
    /// A file that cannot be opened or read as text.
    case fileNotReadable(path: String)
    /// A judgement form with problems (every one); nothing was written.
    case judgementForm([JudgementFormProblem])
    /// A judgement is given for a case, not for a scenario or another kind of file.
    case judgementNeedsCase
    /// A judgement file of this name exists already (and replacing it was not asked for).
    case judgementExists(file: String)
    /// The file to replace is not a judgement of the same member.
    case judgementOfOtherMember(file: String)
    /// The case lists a judgement of this member in another file already.
    case memberHasJudgement(member: String, file: String)
    /// The folder to write in leads outside the workbench's folder (a symbolic link).
    case folderOutside(folder: String)
    /// A score sheet with cells that cannot be read into the case (every one, located);
    /// nothing was written.
    case sheet([SheetProblem])

    /// How a front-end should treat the error.
    public enum Category: Sendable {
        /// A data file is wrong (exit 1; HTTP 422).
        case invalidData
        /// The request (flags, query) is wrong (exit 64; HTTP 400).
        case invalidRequest
        /// The request clashes with what exists (exit 1; HTTP 409).
        case conflict
        /// Nothing was wrong with the input, yet no answer (exit 1; HTTP 500).
        case failure
    }

    /// The category of this error.
    public var category: Category {
        switch self {
        case .invalidInput, .robustness, .unfinished, .sheet, .fileNotReadable: .invalidData
        case .optimizer(.numberOutOfRange), .optimizer(.sampling), .optimizer(.weights): .invalidData
        case .weights, .weightSyntax, .unknownRule, .weightsNeedCase, .rulesNeedPortfolio, .samplesOutOfRange, .spreadOutOfRange,
            .timeLimitOutOfRange, .scenarioIncomplete, .scenarioNeedsCase, .notYAMLFile, .unknownCandidate, .duplicateCandidate,
            .noCandidates, .nameMissing, .unusableID, .notCSVFile, .scoreSyntax, .scoreCandidate, .scoreCriterion,
            .scoreOutOfScale, .scoresNeedCase, .judgementForm, .judgementNeedsCase, .folderOutside:
            .invalidRequest
        case .scenarioExists, .fileExists, .judgementExists, .judgementOfOtherMember, .memberHasJudgement: .conflict
        case .optimizer, .writeFailed, .folderMissing: .failure
        }
    }

    /// The located problems of invalid or unfinished data files, one line each (empty for
    /// other errors).
    public func diagnostics(in language: Language) -> [String] {
        switch self {
        case .invalidInput(let failure): failure.diagnostics.map { $0.formatted(in: language) }
        case .unfinished(let left): left.map { $0.formatted(in: language) }
        case .sheet(let problems): problems.map { $0.formatted(in: language) }
        case .judgementForm(let problems): problems.count > 1 ? problems.map { $0.message(in: language) } : []
        default: []
        }
    }
}
