public import Vertsval

/// A part of a report as JSON, for a page that shows it with its own markup: the same
/// headings, sentences and formatted cells as the report, and each chart as a standalone
/// SVG with its text alternative.
public struct BlocksJSON: Encodable, Sendable {
    /// One block.
    public struct Item: Encodable, Sendable {
        /// `heading`, `paragraph`, `bullets`, `note`, `table`, `chart` or `keyFigures`.
        public let type: String
        /// The heading, paragraph or note text, or the chart's title.
        public var text: String?
        /// The heading level (1 is the part's title).
        public var level: Int?
        /// A note's label.
        public var label: String?
        /// Bullet items, or key figures as "label: value".
        public var items: [String]?
        /// A table's caption.
        public var caption: String?
        /// A table's column headers and whether each is aligned to the right.
        public var columns: [String]?
        public var trailing: [Bool]?
        /// A table's body and summary rows.
        public var rows: [[String]]?
        public var footer: [[String]]?
        /// A chart as a standalone SVG document.
        public var svg: String?
        /// A chart's text alternative.
        public var altText: String?

        init(type: String) { self.type = type }
    }

    /// The blocks in order.
    public let blocks: [Item]

    /// The JSON of `blocks`, charts drawn in `language`.
    public init(_ blocks: [Block], language: Language) {
        self.blocks = blocks.enumerated().compactMap { index, block in
            switch block {
            case let .heading(text, level):
                var item = Item(type: "heading")
                item.text = text
                item.level = level
                return item
            case .paragraph(let text):
                var item = Item(type: "paragraph")
                item.text = text
                return item
            case .bullets(let items):
                var item = Item(type: "bullets")
                item.items = items
                return item
            case .keyFigures(let figures):
                var item = Item(type: "keyFigures")
                item.items = figures.map { $0.label + ": " + $0.value + ($0.detail.map { " (" + $0 + ")" } ?? "") }
                return item
            case .table(let table):
                var item = Item(type: "table")
                item.caption = table.caption
                item.columns = table.columns.map(\.title)
                item.trailing = table.columns.map { $0.alignment == .trailing }
                item.rows = table.rows
                item.footer = table.footer
                return item
            case .note(let note):
                var item = Item(type: "note")
                item.label = note.label
                item.text = note.text
                return item
            case .chart(let chart):
                var item = Item(type: "chart")
                item.text = chart.title
                item.altText = chart.altText
                item.svg = SVGChart(chart, language: language).render(id: "chart-\(index)", standalone: true)
                return item
            case .pageBreakHint:
                return nil
            }
        }
    }
}
