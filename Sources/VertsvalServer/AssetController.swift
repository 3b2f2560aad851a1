internal import Foundation
internal import Hummingbird

/// The pages, stylesheet and scripts, compiled into the binary.
struct AssetController {
    /// The secret of this start, put into each page for the page's own writes.
    let token: String

    func addRoutes(to router: Router<BasicRequestContext>) {
        let index = page(StaticPages.index)
        let casePage = page(StaticPages.casePage)
        let portfolioPage = page(StaticPages.portfolioPage)
        let judgementPage = page(StaticPages.judgementPage)
        router.get("/") { _, _ in Responses.html(index) }
        router.get("/case") { _, _ in Responses.html(casePage) }
        router.get("/portfolio") { _, _ in Responses.html(portfolioPage) }
        router.get("/judgement") { _, _ in Responses.html(judgementPage) }
        router.get("/app.css") { _, _ in Responses.asset(StaticPages.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/common.js") { _, _ in Responses.asset(StaticPages.commonScript, type: "text/javascript; charset=utf-8") }
        router.get("/case.js") { _, _ in Responses.asset(StaticPages.caseScript, type: "text/javascript; charset=utf-8") }
        router.get("/judgement.js") { _, _ in Responses.asset(StaticPages.judgementScript, type: "text/javascript; charset=utf-8") }
        router.get("/portfolio.js") { _, _ in Responses.asset(StaticPages.portfolioScript, type: "text/javascript; charset=utf-8") }
        let texts = WorkbenchText.script
        router.get("/texts.js") { _, _ in Responses.asset(texts, type: "text/javascript; charset=utf-8") }
        router.get("/index.js") { _, _ in Responses.asset(StaticPages.indexScript, type: "text/javascript; charset=utf-8") }
    }

    /// The page with this start's secret in its `vertsval-token` meta element.
    func page(_ html: String) -> String {
        html.replacingOccurrences(of: "VERTSVAL_TOKEN", with: token)
    }
}
