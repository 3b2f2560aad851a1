public import Vertsval

/// The document information written into an HTML report's `<head>`.
public struct HTMLMetadata: Sendable, Hashable {
    /// The author: the body or office that made the assessment.
    public var author: String?
    /// A one-sentence description of the case and meeting.
    public var description: String?
    /// Keywords for search.
    public var keywords: [String]
    /// The program that made the page.
    public var generator: String
    /// The date the report is dated (not the clock, so that output is reproducible).
    public var date: CalendarDate?

    /// Creates metadata.
    public init(author: String? = nil, description: String? = nil, keywords: [String] = [], generator: String = "vertsval", date: CalendarDate? = nil)
    {
        self.author = author
        self.description = description
        self.keywords = keywords
        self.generator = generator
        self.date = date
    }
}
