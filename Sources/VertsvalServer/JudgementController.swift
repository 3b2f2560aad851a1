internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import Vertsval
internal import VertsvalReport
internal import VertsvalStudy

/// A board member's own judgement of a case: the form's facts (criteria, municipalities,
/// the judgements the case has), a preview of what the inputs give, and saving the
/// judgement next to the case. Every figure comes from the application layer
/// (`PreviewJudgement`, `RecordJudgement`), which uses the domain's methods.
struct JudgementController {
    let files: DataFiles
    let pools: WorkPools

    /// The largest body accepted: a form with a pairwise matrix of 30 criteria is about 20 KiB.
    static let maximumBody = 64 * 1024

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/judgement/form") { request, _ in try form(request) }
        router.post("/api/judgement/preview") { request, _ in try await preview(request) }
        router.post("/api/judgement") { request, _ in try await save(request) }
    }

    /// The facts the form is built from.
    struct Facts: Encodable {
        struct Item: Encodable {
            let id: String
            let name: String
            var question: String?
            /// The template's weight, percent (criteria only).
            var weight: Double?
        }
        struct Member: Encodable {
            let member: String
            let municipality: String
            let file: String
        }
        let caseTitle: String
        let template: String
        let criteria: [Item]
        let municipalities: [Item]
        let candidates: [String]
        let members: [Member]
        let folder: String
        let today: String
    }

    func form(_ request: Request) throws -> Response {
        let query = RequestInput(request: request, files: files)
        let lang = query.language
        let path = try files.resolve(query.text("file"), language: lang)
        let form = try answer(lang) { () throws(StudyError) in try RecordJudgement.formFacts(forCaseAt: path) }
        let loaded = form.loaded
        let caseFolder = URL(fileURLWithPath: path).deletingLastPathComponent().path + "/"
        let facts = Facts(
            caseTitle: loaded.case.title.text(lang), template: loaded.template.title.text(lang) + " · " + loaded.template.version,
            criteria: form.criteria.map {
                Facts.Item(
                    id: $0.criterion.id.rawValue, name: $0.criterion.name.text(lang), question: $0.criterion.question.text(lang),
                    weight: 100 * $0.weight)
            },
            municipalities: loaded.region.municipalities.map { Facts.Item(id: $0.id.rawValue, name: $0.name) },
            candidates: loaded.case.candidates.map(\.municipality.rawValue),
            members: loaded.case.judgements.map {
                Facts.Member(
                    member: $0.member, municipality: loaded.region.name(of: $0.municipality),
                    file: $0.path.hasPrefix(caseFolder) ? String($0.path.dropFirst(caseFolder.count)) : files.relative($0.path))
            }, folder: RecordJudgement.folderName, today: CalendarDate(utc: Date()).description)
        return try Responses.json(facts)
    }

    /// What the page sends: the case, the form, and for saving the file name and whether
    /// the member's own earlier judgement may be replaced.
    struct Body: Decodable {
        let file: String
        let form: JudgementForm
        let fileName: String?
        let replace: Bool?
    }

    func preview(_ request: Request) async throws -> Response {
        let lang = RequestInput(request: request, files: files).language
        let body = try await decode(request, language: lang)
        let preview = PreviewJudgement.Request(casePath: try files.resolve(body.file, language: lang), form: body.form, language: lang)
        let result = try await pools.evaluation.run(language: lang) {
            JudgementPreviewJSON(try answer(lang) { () throws(StudyError) in try PreviewJudgement.run(preview) })
        }
        return try Responses.json(result)
    }

    /// What the page is told after saving.
    struct Saved: Encodable {
        /// The file written, relative to the workbench's folder.
        let path: String
        /// `added`, `alreadyListed` or `addByHand`.
        let listing: String
        /// For `addByHand`: the line to add under `judgements:`.
        let line: String?
        /// The case's file, relative to the workbench's folder.
        let caseFile: String
    }

    func save(_ request: Request) async throws -> Response {
        let lang = RequestInput(request: request, files: files).language
        let body = try await decode(request, language: lang)
        let casePath = try files.resolve(body.file, language: lang)
        let record = RecordJudgement.Request(
            casePath: casePath, form: body.form, fileName: body.fileName ?? "", replace: body.replace ?? false, language: lang,
            today: CalendarDate(utc: Date()), root: files.root)
        let result = try await pools.evaluation.run(language: lang) {
            try answer(lang) { () throws(StudyError) in try RecordJudgement.run(record) }
        }
        let saved: Saved
        switch result.listing {
        case .added: saved = Saved(path: files.relative(result.path), listing: "added", line: nil, caseFile: body.file)
        case .alreadyListed: saved = Saved(path: files.relative(result.path), listing: "alreadyListed", line: nil, caseFile: body.file)
        case .addByHand(let line): saved = Saved(path: files.relative(result.path), listing: "addByHand", line: line, caseFile: body.file)
        }
        var response = try Responses.json(saved)
        response.status = .created
        return response
    }

    /// The body as JSON, at most `maximumBody` bytes.
    private func decode(_ request: Request, language: Language) async throws -> Body {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Self.maximumBody)
        } catch {
            throw WorkbenchError(.contentTooLarge, WorkbenchText.requestTooLarge.text(in: language))
        }
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(String(buffer: buffer).utf8)) else {
            throw WorkbenchError(.badRequest, WorkbenchText.expectedJudgement.text(in: language))
        }
        return body
    }
}
