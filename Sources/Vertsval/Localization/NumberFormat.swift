/// Formats numbers for a language: `72,4` and `12 097` in Norwegian, `72.4` and `12,097`
/// in English.
///
/// Hand-written rather than Foundation's `NumberFormatter`, whose output for `nn` differs
/// between platforms and ICU versions; output must be byte-identical everywhere.
public struct NumberFormat: Sendable {
    /// The language whose conventions are used.
    public var language: Language

    /// Creates a formatter for `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// `value` rounded half away from zero to `decimals` places, with the language's
    /// decimal mark and thousands grouping (grouping from 10 000 up in Norwegian, as
    /// Språkrådet recommends for four-digit numbers).
    public func format(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "−∞") }
        let scale = ShownRounding.pow10(decimals)
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Avoid printing "-0,0".
        let negative = value < 0 && scaled > 0
        // Beyond what 64-bit integers hold, in scientific notation rather than a wrong figure.
        if scaled > 9.0e15 { return scientific(value) }
        let integer = Int64(scaled)
        let divisor = Int64(scale)
        let whole = integer / divisor
        let fraction = integer % divisor
        var text = group(String(whole))
        if decimals > 0 {
            var digits = String(fraction)
            while digits.count < decimals { digits = "0" + digits }
            text += (language.isNorwegian ? "," : ".") + digits
        }
        return negative ? "−" + text : text
    }

    /// `1,00e+308` (a figure no real data reaches; shown so, never clamped).
    func scientific(_ value: Double) -> String {
        var exponent = 0
        var mantissa = abs(value)
        while mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        return (value < 0 ? "−" : "") + format(mantissa, decimals: 2) + "e+" + String(exponent)
    }

    /// A whole number with grouping.
    public func format(_ value: Int) -> String {
        let text = group(String(value.magnitude))
        return value < 0 ? "−" + text : text
    }

    /// A signed number: `+2,0` or `−1,5`.
    public func signed(_ value: Double, decimals: Int = 1) -> String {
        let text = format(value, decimals: decimals)
        return text.hasPrefix("−") || text == format(0, decimals: decimals) ? text : "+" + text
    }

    /// A percentage: `72,4 %` (Norwegian puts a space before the sign, as does our English).
    public func percent(_ value: Double, decimals: Int = 1) -> String {
        format(value, decimals: decimals) + "\u{00A0}%"
    }

    private func group(_ digits: String) -> String {
        let separator: String = language.isNorwegian ? "\u{00A0}" : ","
        if digits.count <= 4 && language.isNorwegian { return digits }
        if digits.count <= 3 { return digits }
        var out = ""
        for (index, char) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
            out.append(char)
        }
        return out
    }
}
