internal import Foundation
internal import Hummingbird
internal import Vertsval
internal import VertsvalReport
internal import VertsvalStudy

/// Turns a request's query into the application layer's inputs: the one syntax for
/// weights (`weights=fagmiljo=30,reisetid=12`), scores (`scores=luster.fagmiljo=3`) and rules
/// (`off=balance,together:a+b`).
struct RequestInput {
    let request: Request
    let files: DataFiles

    /// The page's language (`lang`), Nynorsk by default.
    var language: Language {
        request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) ?? .nn
    }

    /// A query parameter.
    func text(_ name: String) -> String? {
        request.uri.queryParameters.get(name)
    }

    /// The data file, weights, scores and rules of the request.
    func study() throws(WorkbenchError) -> StudyInput {
        let lang = language
        let path = try files.resolve(text("file"), language: lang)
        do {
            let weights = try WeightAdjustmentText.parse(list: text("weights") ?? "")
            let scores = try ScoreAdjustmentText.parse(list: text("scores") ?? "")
            let off = (text("off") ?? "").split(separator: ",").map(String.init)
            return StudyInput(path: path, weights: weights, scores: scores, rulesOff: off)
        } catch {
            throw WorkbenchError(error, language: lang)
        }
    }

    /// An optional whole-number parameter; present but not a number is refused.
    func integer<T: FixedWidthInteger>(_ name: String, as type: T.Type = Int.self) throws(WorkbenchError) -> T? {
        guard let value = text(name), !value.isEmpty else { return nil }
        guard let number = T(value) else { throw invalid(name, value) }
        return number
    }

    /// An optional decimal parameter; present but not a finite number is refused.
    func number(_ name: String) throws(WorkbenchError) -> Double? {
        guard let value = text(name), !value.isEmpty else { return nil }
        guard let number = Double(value), number.isFinite else { throw invalid(name, value) }
        return number
    }

    /// The kind of PDF (`pdf-profile=archive|plain`, as `vertsval report --pdf-profile`),
    /// archive when none is given.
    func pdfProfile() throws(WorkbenchError) -> PDFProfile {
        guard let value = text("pdf-profile"), !value.isEmpty else { return .archive }
        guard let profile = PDFProfile(rawValue: value) else { throw invalid("pdf-profile", value) }
        return profile
    }

    /// The report date (`date=YYYY-MM-DD`), today when none is given.
    func date() throws(WorkbenchError) -> CalendarDate {
        guard let value = text("date"), !value.isEmpty else { return CalendarDate(utc: Date()) }
        guard let date = CalendarDate(iso: value) else { throw invalid("date", value) }
        return date
    }

    private func invalid(_ name: String, _ value: String) -> WorkbenchError {
        let t = Phrasebook(language)
        return WorkbenchError(
            .badRequest,
            t.pick(
                nn: "ugyldig verdi for «\(name)»: \(t.quote(value))", nb: "ugyldig verdi for «\(name)»: \(t.quote(value))",
                en: "invalid value for '\(name)': \(t.quote(value))"))
    }
}

/// Runs a use case; its error becomes the answer in the page's language.
func answer<T>(_ language: Language, _ body: () throws(StudyError) -> T) throws(WorkbenchError) -> T {
    do {
        return try body()
    } catch {
        throw WorkbenchError(error, language: language)
    }
}
