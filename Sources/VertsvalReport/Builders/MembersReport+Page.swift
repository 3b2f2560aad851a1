public import Vertsval
public import VertsvalStudy

extension MembersReport {
    /// The members' part as a case's page fetches and shows it on its own: the report's
    /// blocks with, after the heading, the run's one-line what-if note
    /// (`ProvenanceNote.partBlocks()`) when it used a scenario or weights or scores tried,
    /// since the page's own banner about them is elsewhere on the page.
    public static func pageBlocks(_ study: MembersStudy, language: Language) -> [Block] {
        var blocks = MembersReport(study.view, evaluation: study.evaluated.evaluation, language: language).blocks()
        blocks.insert(contentsOf: ProvenanceNote(study.provenance, language: language).partBlocks(), at: min(1, blocks.count))
        return blocks
    }
}
