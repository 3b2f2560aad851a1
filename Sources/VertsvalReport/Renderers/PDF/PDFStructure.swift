import Vertsval

/// A structure element of a tagged PDF (ISO 32000-1 §14.8.4), opened and closed around the
/// content that belongs to it, in reading order.
enum PDFStructure: Sendable, Hashable {
    /// The whole document.
    case document
    /// A heading: `level` 1 is the document title, 2 a section, and so on (H1–H6).
    case heading(level: Int)
    /// A paragraph.
    case paragraph
    /// A list, its items, an item's bullet and its text.
    case list, listItem, label, listBody
    /// A table, its caption, a row, a header cell and a data cell.
    case table, caption, tableRow, headerCell, dataCell
    /// A chart, with the text that stands for it.
    case figure(alt: String)
    /// A highlighted note.
    case note
    /// A run of text inside a block (`PDFTagStack` uses it for text after an interruption,
    /// and for a passage in another language than the document's: then `language` is
    /// that language, which `PDFArchive` writes as the element's `/Lang`).
    case span(language: Language?)
    /// Content that is not part of the text: running header, page numbers, rules,
    /// backgrounds, a table's header row repeated on a later page.
    case artifact

    /// The name of the structure type as cairo takes it.
    ///
    /// cairo 1.16 accepts only standard structure types, so artifacts are opened under a
    /// stand-in type that no real content uses (`Private`); `PDFArchive` turns each of those
    /// into an `/Artifact` marked-content sequence and drops it from the structure tree.
    var tag: String {
        switch self {
        case .document: "Document"
        case let .heading(level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .label: "Lbl"
        case .listBody: "LBody"
        case .table: "Table"
        case .caption: "Caption"
        case .tableRow: "TR"
        case .headerCell: "TH"
        case .dataCell: "TD"
        case .figure: "Figure"
        case .note: "Note"
        case .span: "Span"
        case .artifact: Self.artifactStandIn
        }
    }

    /// The structure type artifacts are drawn under until `PDFArchive` rewrites them.
    static let artifactStandIn = "Private"
}
