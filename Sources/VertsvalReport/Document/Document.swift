public import Vertsval

/// A report as a sequence of blocks; every output format renders this one model.
///
/// Builders put every number into the blocks as formatted text; renderers only lay out.
public struct Document: Sendable {
    /// The main title.
    public var title: String
    /// A line under the title (service, meeting).
    public var subtitle: String?
    /// The language the text is written in.
    public var language: Language
    /// Running header lines for paged output: case, body, meeting date.
    public var runningHeader: [String]
    /// The content.
    public var blocks: [Block]
    /// Texts from the data that appear in the blocks in another language than `language`
    /// (a rationale written only in Nynorsk, in an English report); renderers that can
    /// mark a passage's language mark each occurrence.
    public var otherLanguageTexts: [OtherLanguageText]

    /// Creates a document.
    public init(
        title: String, subtitle: String? = nil, language: Language, runningHeader: [String] = [], blocks: [Block] = [],
        otherLanguageTexts: [OtherLanguageText] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.runningHeader = runningHeader
        self.blocks = blocks
        self.otherLanguageTexts = otherLanguageTexts
    }
}

/// A text in a document written in another language than the document's.
public struct OtherLanguageText: Sendable, Hashable {
    /// The text as it appears in the blocks.
    public var text: String
    /// The language it is written in.
    public var language: Language

    /// Creates the record of a text in `language`.
    public init(_ text: String, language: Language) {
        self.text = text
        self.language = language
    }

    /// The texts among `texts` that `language` does not have, as shown in `language` (in the
    /// language they fall back to), each once, in the order given.
    public static func fallbacks(_ texts: [LocalizedText], in language: Language) -> [OtherLanguageText] {
        var seen = Set<OtherLanguageText>()
        return texts.compactMap { text in
            let shown = text.languageShown(for: language)
            guard shown != language else { return nil }
            let record = OtherLanguageText(text.text(language), language: shown)
            guard !record.text.isEmpty, seen.insert(record).inserted else { return nil }
            return record
        }
    }
}

/// One block of a document.
public enum Block: Sendable {
    /// A heading; level 1 is a section, 2 a subsection.
    case heading(String, level: Int)
    /// A paragraph of running text.
    case paragraph(String)
    /// A list of short items.
    case bullets([String])
    /// A row of prominent figures with labels.
    case keyFigures([KeyFigure])
    /// A table.
    case table(Table)
    /// A highlighted note (e.g. that scores are illustrative).
    case note(Note)
    /// A chart, with a text alternative.
    case chart(Chart)
    /// A place where paged output may start a new page if little room is left.
    case pageBreakHint
}

/// A labelled figure, e.g. "Luster — 68,6 poeng".
public struct KeyFigure: Sendable, Hashable {
    /// What the figure is.
    public var label: String
    /// The figure, formatted.
    public var value: String
    /// A short explanation under it.
    public var detail: String?

    /// Creates a key figure.
    public init(label: String, value: String, detail: String? = nil) {
        self.label = label
        self.value = value
        self.detail = detail
    }
}

/// A highlighted note.
public struct Note: Sendable, Hashable {
    /// How it is highlighted.
    public enum Kind: String, Sendable, Hashable {
        case important, info
    }

    /// How it is highlighted.
    public var kind: Kind
    /// Its label, e.g. "Merk".
    public var label: String
    /// Its text.
    public var text: String

    /// Creates a note.
    public init(kind: Kind, label: String, text: String) {
        self.kind = kind
        self.label = label
        self.text = text
    }
}

/// A table of formatted cells.
public struct Table: Sendable, Hashable {
    /// How a column is aligned.
    public enum Alignment: String, Sendable, Hashable {
        case leading, trailing
    }

    /// A column.
    public struct Column: Sendable, Hashable {
        /// The header.
        public var title: String
        /// Alignment of the cells.
        public var alignment: Alignment

        /// Creates a column.
        public init(_ title: String, _ alignment: Alignment = .leading) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// A caption above the table.
    public var caption: String?
    /// The columns.
    public var columns: [Column]
    /// The body rows; each has one cell per column.
    public var rows: [[String]]
    /// Summary rows (e.g. a total), set apart from the body.
    public var footer: [[String]]

    /// Creates a table.
    public init(caption: String? = nil, columns: [Column], rows: [[String]], footer: [[String]] = []) {
        precondition((rows + footer).allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }
}
