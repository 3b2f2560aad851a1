import Foundation

/// An sRGB colour used by the HTML, SVG and PDF renderers.
///
/// Holds 8-bit components so that the SVG and CSS output is exact, and computes the
/// WCAG 2.x contrast ratio so that tests can check every text colour against its
/// background.
struct ReportColor: Sendable, Hashable {
    /// The red component, 0–255.
    var red: UInt8
    /// The green component, 0–255.
    var green: UInt8
    /// The blue component, 0–255.
    var blue: UInt8

    /// Creates a colour from a 24-bit value written as `0xRRGGBB`.
    init(_ rgb: UInt32) {
        red = UInt8((rgb >> 16) & 0xFF)
        green = UInt8((rgb >> 8) & 0xFF)
        blue = UInt8(rgb & 0xFF)
    }

    /// The colour as `#rrggbb`, lower case, for CSS and SVG.
    var hex: String {
        let digits = Array("0123456789abcdef")
        var out = "#"
        for component in [red, green, blue] {
            out.append(digits[Int(component >> 4)])
            out.append(digits[Int(component & 0x0F)])
        }
        return out
    }

    /// The components scaled to 0–1, as cairo takes them.
    var unit: (red: Double, green: Double, blue: Double) {
        (Double(red) / 255, Double(green) / 255, Double(blue) / 255)
    }

    /// The relative luminance defined by WCAG 2.x (0 for black, 1 for white).
    var relativeLuminance: Double {
        func linear(_ component: UInt8) -> Double {
            let c = Double(component) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio between this colour and `other`, from 1 to 21.
    ///
    /// WCAG AA asks for at least 4.5 for body text and 3 for large text and graphics.
    func contrastRatio(with other: ReportColor) -> Double {
        let a = relativeLuminance
        let b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Whichever of `dark` and `light` is more legible on this colour.
    func legibleText(dark: ReportColor, light: ReportColor) -> ReportColor {
        contrastRatio(with: dark) >= contrastRatio(with: light) ? dark : light
    }
}
