/// The workbench's pages, stylesheet and scripts: the files in `Resources/`, compiled into the
/// binary by SwiftPM (`.embedInCode`, which generates `PackageResources`): no build step, no
/// CDN, nothing fetched from elsewhere, nothing read from disk at run time.
///
/// The pages hold no inline script, event handler attribute or `style` attribute, so that a
/// Content-Security-Policy can forbid them; each page's script is a file of its own.
enum StaticPages {
    static let index = text(PackageResources.index_html)
    static let casePage = text(PackageResources.case_html)
    static let portfolioPage = text(PackageResources.portfolio_html)
    static let judgementPage = text(PackageResources.judgement_html)
    /// Plain CSS; colours meet WCAG AA contrast on white.
    static let stylesheet = text(PackageResources.app_css)
    /// Shared by every page: language, texts, fetching, formatting.
    static let commonScript = text(PackageResources.common_js)
    /// The start page: lists the cases and portfolios found under the root folder.
    static let indexScript = text(PackageResources.index_js)
    /// The case page: sliders that re-rank live, contributions, swap weights, robustness,
    /// saving a scenario, downloading the report.
    static let caseScript = text(PackageResources.case_js)
    /// The judgement page: a board member's own weights by rank order, swing points or
    /// pairwise comparisons, with the figures from the server as they type; saving.
    static let judgementScript = text(PackageResources.judgement_js)
    /// The portfolio page: switch rules off and on, re-optimise, read why.
    static let portfolioScript = text(PackageResources.portfolio_js)

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
