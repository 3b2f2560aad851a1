public import Vertsval

/// What a data file holds, for a person writing the next file: a template's criteria, a
/// region's municipalities and register, a case's candidates and scores so far, a
/// portfolio's services and rules. An unfinished file is described too, with what is left.
public enum FileDescription: Sendable {
    /// A template, and the path it was read from.
    case template(Template, path: String)
    /// A region, and the path it was read from.
    case region(Region, path: String)
    /// A case with its score sheet and what is left to fill in.
    case `case`(LoadedCase, sheet: ScoreSheet, left: [Diagnostic])
    /// A scenario: its weights and the case it changes.
    case scenario(LoadedScenario, sheet: ScoreSheet, left: [Diagnostic])
    /// A portfolio and what is left to fill in.
    case portfolio(LoadedPortfolio, left: [Diagnostic])
    /// A board member's judgement: the weights it gives.
    case judgement(Judgement, path: String)
}

/// Use case: describe a data file of any kind (`vertsval describe`).
public enum DescribeFile {
    /// Loads the file at `path` and what it refers to.
    ///
    /// - Throws: `StudyError.invalidInput` when the file or one it refers to has errors.
    public static func run(_ path: String) throws(StudyError) -> FileDescription {
        let file: LoadedFile
        do {
            file = try Loader.load(at: path)
        } catch {
            throw .invalidInput(error)
        }
        switch file {
        case .template(let template, _): return .template(template, path: path)
        case .region(let region, _): return .region(region, path: path)
        case .case(let loaded): return .case(loaded, sheet: ScoreSheet(loaded), left: loaded.warnings.unfinished)
        case .scenario(let loaded):
            return .scenario(loaded, sheet: ScoreSheet(loaded.loadedCase), left: loaded.loadedCase.warnings.unfinished)
        case .portfolio(let loaded): return .portfolio(loaded, left: loaded.warnings.unfinished)
        case .judgement(let judgement, _): return .judgement(judgement, path: path)
        }
    }
}
