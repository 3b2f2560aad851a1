/// A person who scored candidates in a case. A score may carry each assessor's own value
/// (`assessors:` in the case file) next to the agreed one; the assessor is named by an id
/// the case file chooses, e.g. `radgjevar-luster`.
public enum Assessor {
    /// An assessor's id as written in the case file.
    public typealias ID = Identifier<Assessor>
}
