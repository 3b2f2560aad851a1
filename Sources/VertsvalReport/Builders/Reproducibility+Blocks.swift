public import Vertsval
public import VertsvalStudy

extension Reproducibility {
    /// The reproducibility box as document blocks.
    ///
    /// - Parameter template: a sentence naming the template, version and adoption, shown
    ///   first in the box.
    public func blocks(language: Language, template: String? = nil) -> [Block] {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        var facts = [DateFormat(language).long(date), "vertsval \(toolVersion)", solverVersion]
        if let seed { facts.append(t.pick(nn: "frø ", nb: "frø ", en: "seed ") + String(seed)) }
        if let samples { facts.append(n.format(samples) + t.pick(nn: " trekningar", nb: " trekninger", en: " samples")) }
        let rows = inputs.map { [$0.path, $0.sha256] }
        return [.heading(t.pick(nn: "Etterprøving", nb: "Etterprøving", en: "Reproducibility"), level: 1)]
            + (template.map { [Block.paragraph($0)] } ?? [])
            + [
                .paragraph(
                    facts.joined(separator: " · ") + ". "
                        + t.pick(
                            nn: "Same inndata, dato og frø gjev same rapport.", nb: "Samme inndata, dato og frø gir samme rapport.",
                            en: "The same inputs, date and seed give the same report.")),
                .table(
                    Table(
                        caption: t.pick(
                            nn: "Filene som vart lesne, med fingeravtrykket (SHA-256) til innhaldet",
                            nb: "Filene som ble lest, med fingeravtrykket (SHA-256) til innholdet",
                            en: "The files read, with the fingerprint (SHA-256) of their content"),
                        columns: [.init(t.pick(nn: "Fil", nb: "Fil", en: "File")), .init("SHA-256")],
                        rows: rows)),
            ]
    }
}
