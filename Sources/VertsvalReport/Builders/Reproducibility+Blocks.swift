public import Vertsval
public import VertsvalStudy

extension Reproducibility {
    /// The reproducibility box as document blocks.
    ///
    /// - Parameter template: a sentence naming the template, version and adoption, shown
    ///   first in the box.
    public func blocks(language: Language, template: String? = nil) -> [Block] {
        let n = NumberFormat(language)
        var facts = [DateFormat(language).long(date), "vertsval \(toolVersion)", solverVersion]
        if let seed { facts.append(ReportText.seedPrefix.text(in: language) + String(seed)) }
        if let samples { facts.append(n.format(samples) + ReportText.samplesSuffix.text(in: language)) }
        let rows = inputs.map { [$0.path, $0.sha256] }
        return [.heading(ReportText.reproducibility.text(in: language), level: 1)]
            + (template.map { [Block.paragraph($0)] } ?? [])
            + [
                .paragraph(
                    facts.joined(separator: " · ") + ". "
                        + ReportText.sameInputsSameReport.text(in: language)),
                .table(
                    Table(
                        caption: ReportText.filesCaption.text(in: language),
                        columns: [.init(ReportText.file.text(in: language)), .init("SHA-256")],
                        rows: rows)),
            ]
    }
}
