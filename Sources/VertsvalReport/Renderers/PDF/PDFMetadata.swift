public import Vertsval

/// The document information written into a PDF.
///
/// The date is an input, not the clock, so that the same report made twice is the same
/// file: it becomes both the creation and the modification date.
public struct PDFMetadata: Sendable, Hashable {
    /// The title shown by PDF viewers.
    public var title: String
    /// The author: the body or office that made the assessment.
    public var author: String?
    /// The subject: the case and meeting.
    public var subject: String?
    /// Keywords for search.
    public var keywords: [String]
    /// The program that made the content.
    public var creator: String
    /// The date the report is dated; midnight UTC of that day is written.
    public var date: CalendarDate

    /// Creates metadata.
    public init(
        title: String, author: String? = nil, subject: String? = nil, keywords: [String] = [], creator: String = "vertsval",
        date: CalendarDate
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.date = date
    }

    /// The date as cairo takes it: ISO 8601 with time and zone.
    var isoDateTime: String { "\(date.description)T00:00:00Z" }
}
