public import HTTPTypes

extension HTTPField.Name {
    /// The header a write carries the workbench's secret in.
    public static let vertsvalToken = known("X-Vertsval-Token")
    /// `Referrer-Policy`.
    public static let referrerPolicy = known("Referrer-Policy")
    /// `X-Frame-Options`.
    static let xFrameOptions = known("X-Frame-Options")

    /// A header name written in this source (a programmer's mistake if it is not valid).
    private static func known(_ name: String) -> Self {
        guard let field = Self(name) else { preconditionFailure("'\(name)' is not a header name") }
        return field
    }
}
