/// A reference to the part of a model an error is about: the model itself, a column or a row.
///
/// Indices are 0-based, as everywhere in this module.
public enum ModelElement: Sendable, Hashable {
    /// The model as a whole (its name).
    case model
    /// The column with this index and name.
    case column(Int, name: String)
    /// The row with this index and name.
    case row(Int, name: String)
}

extension ModelElement: CustomStringConvertible {
    /// The element in words, for example `row 2 'capacity'`.
    public var description: String {
        switch self {
        case .model: "the model"
        case .column(let index, let name): "column \(index)\(Self.quoted(name))"
        case .row(let index, let name): "row \(index)\(Self.quoted(name))"
        }
    }

    private static func quoted(_ name: String) -> String {
        if name.isEmpty { return "" }
        let shown = name.count > 40 ? name.prefix(40) + "…" : Substring(name)
        return " '\(shown)'"
    }
}
