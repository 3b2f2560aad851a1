import Vertsval

/// The inline CSS of HTML reports: a readable single column on screen, and A4 pages with
/// "Side x av y" in print.
///
/// Colours come from `ReportTheme`, whose text colours reach WCAG AA on their
/// backgrounds. The stylesheet loads nothing (no fonts, no images, no `url()`).
enum HTMLStylesheet {
    /// The stylesheet for a report in `language` (which sets the words of the page footer).
    static func css(for language: Language) -> String {
        let t = ReportTheme.self
        let page = ReportText.pageWord.text(in: language)
        let of = ReportText.ofWord.text(in: language)
        return """
            :root { color-scheme: light; }
            *, *::before, *::after { box-sizing: border-box; }
            html { font-family: \(t.cssFontStack); color: \(t.text.hex); background: \(t.background.hex); line-height: 1.5; }
            body { margin: 0; }
            .running-header { border-bottom: 1px solid \(t.gridline.hex); color: \(t.muted.hex); font-size: 0.8125rem; padding: 0.5rem 1rem; }
            .running-header p { margin: 0 auto; max-width: 48rem; }
            main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1, h2, h3, h4, h5, h6 { color: \(t.heading.hex); line-height: 1.25; }
            h1 { font-size: 1.75rem; margin: 0 0 0.3rem; }
            h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; }
            h3 { font-size: 1.125rem; margin: 1.5rem 0 0.4rem; }
            h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 0.3rem; }
            .subtitle { color: \(t.muted.hex); font-size: 1.05rem; margin: 0 0 1.25rem; padding-bottom: 0.75rem; border-bottom: 1px solid \(t.rule.hex); }
            p, ul { margin: 0.6rem 0; }
            li + li { margin-top: 0.2rem; }
            .key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.75rem; margin: 1rem 0; }
            .key-figure { margin: 0; background: \(t.keyFigureFill.hex); border-left: 4px solid \(t.accent.hex); padding: 0.6rem 0.8rem; }
            .key-figure dt, .key-figure .detail { color: \(t.muted.hex); font-size: 0.85rem; }
            .key-figure dd { margin: 0; }
            .key-figure .value { color: \(t.heading.hex); font-size: 1.5rem; font-weight: bold; line-height: 1.3; }
            .note { background: \(t.infoFill.hex); border-left: 4px solid \(t.accent.hex); margin: 1rem 0; padding: 0.6rem 0.9rem; }
            .note-important { background: \(t.importantFill.hex); border-left-color: \(t.importantAccent.hex); }
            .note p { margin: 0; }
            .table-wrap { margin: 1rem 0; overflow-x: auto; }
            table { border-bottom: 1px solid \(t.rule.hex); border-collapse: collapse; font-size: 0.9rem; font-variant-numeric: tabular-nums; width: 100%; }
            caption { font-weight: bold; padding-bottom: 0.35rem; text-align: left; }
            th, td { padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            thead th, thead td { background: \(t.tableHeaderFill.hex); border-bottom: 1.5px solid \(t.rule.hex); }
            tbody tr:nth-child(even) { background: \(t.tableStripe.hex); }
            tfoot td { border-top: 2px solid \(t.rule.hex); font-weight: bold; }
            .num { text-align: right; }
            td.num { white-space: nowrap; }
            figure.chart { margin: 1.5rem 0; }
            figure.chart figcaption { font-weight: bold; margin-bottom: 0.4rem; }
            svg.chart { display: block; height: auto; max-width: 100%; width: 44rem; }
            details.chart-data { margin: 0.5rem 0 0; }
            details.chart-data summary { color: \(t.accent.hex); cursor: pointer; }
            :focus-visible { outline: 3px solid \(t.text.hex); outline-offset: 2px; }
            .visually-hidden { border: 0; clip: rect(0 0 0 0); height: 1px; margin: -1px; overflow: hidden; padding: 0; position: absolute; white-space: nowrap; width: 1px; }
            @media print {
              @page { size: A4; margin: 16mm 20mm 20mm; @bottom-right { content: "\(page) " counter(page) " \(of) " counter(pages); color: \(t.muted.hex); font-size: 8pt; } }
              html { font-size: 10pt; }
              * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
              .running-header { padding: 0 0 4pt; margin-bottom: 10pt; }
              .running-header p { max-width: none; }
              main { max-width: none; padding: 0; }
              h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
              figure, .key-figures, .note, tr { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              tfoot { display: table-row-group; }
              .table-wrap { overflow: visible; }
              details.chart-data { display: none; }
              svg.chart { width: 100%; }
            }
            """
    }
}
