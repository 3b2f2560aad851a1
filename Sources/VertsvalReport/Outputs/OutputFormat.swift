/// The formats a command prints and the web API answers in.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Plain text for the terminal.
    case text
    /// Markdown.
    case markdown
    /// JSON with a stable schema.
    case json
}

/// The formats of a report file.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// A4 PDF.
    case pdf
    /// Self-contained HTML.
    case html
    /// Markdown.
    case md

    /// The format for a file name's extension, or nil.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }

    /// The media type of the file.
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .html: "text/html; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        }
    }
}
