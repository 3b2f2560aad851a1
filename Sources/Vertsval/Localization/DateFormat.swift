/// Formats dates for reading: `23. februar 2026`, `23 February 2026`.
public struct DateFormat: Sendable {
    /// The language whose month names are used.
    public var language: Language

    /// Creates a formatter for `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The date in long form.
    public func long(_ date: CalendarDate) -> String {
        let norwegian = [
            "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember",
        ]
        let english = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let month = date.month - 1
        return language.isNorwegian
            ? "\(date.day). \(norwegian[month]) \(date.year)" : "\(date.day) \(english[month]) \(date.year)"
    }
}
