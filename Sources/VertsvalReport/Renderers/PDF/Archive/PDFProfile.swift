/// Which kind of PDF a report is made as.
public enum PDFProfile: String, Sendable, Hashable, CaseIterable {
    /// PDF/A-2a: tagged (structure tree, artifacts, alternative text for charts), with XMP
    /// metadata, an sRGB output intent, the document language and bookmarks: what a
    /// Noark 5 archive takes and a screen reader can read. The default.
    case archive
    /// The drawing alone, as cairo writes it: the same pages without tags or archive
    /// metadata, for tools that cannot handle tagged PDF.
    case plain
}
