internal import Hummingbird
internal import Vertsval
internal import VertsvalStudy

/// The list of cases, scenarios and portfolios under the root.
struct CatalogController {
    let files: DataFiles

    /// One data file as the index page shows it.
    struct Entry: Encodable {
        let path: String
        let kind: String
        let title: String
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/files") { request, _ in
            let lang = RequestInput(request: request, files: files).language
            let entries = DataCatalog.list(root: files.root).map { entry in
                Entry(path: entry.path, kind: entry.kind.rawValue, title: entry.title?.text(lang) ?? entry.path)
            }
            return try Responses.json(entries)
        }
    }
}
