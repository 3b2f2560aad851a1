/// Why a PDF could not be made.
///
/// Holds what failed; `description` words it for the user.
public enum PDFRenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A cairo call reported an error; `reason` is cairo's own text for its status.
    case cairoFailed(operation: String, reason: String)
    /// Pango could not create a context or layout.
    case pangoFailed(operation: String)
    /// The font family the PDF is set in is not installed; fontconfig offered
    /// `substitute` instead.
    case fontUnavailable(family: String, substitute: String)
    /// qpdf could not finish an archive PDF; `reason` is qpdf's own text.
    case qpdfFailed(operation: String, reason: String)

    /// The error in words, saying what was expected and what was found.
    public var description: String {
        switch self {
        case let .cairoFailed(operation, reason):
            "PDF rendering failed in \(operation): cairo reported \"\(reason)\"."
        case let .pangoFailed(operation):
            "PDF rendering failed in \(operation): pango returned no object."
        case let .fontUnavailable(family, substitute):
            "The PDF is set in \"\(family)\", but the system offers \"\(substitute)\" instead."
                + " Install the font (Debian: apt-get install fonts-dejavu-core) so that reports are identical everywhere."
        case let .qpdfFailed(operation, reason):
            "Finishing the archive PDF failed in \(operation): qpdf reported \"\(reason)\"."
        }
    }
}
