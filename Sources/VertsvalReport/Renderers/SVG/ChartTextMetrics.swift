/// Estimates the width of chart text set in DejaVu Sans, so that one layout serves both
/// SVG (where the browser sets the text) and PDF.
///
/// The advance widths are DejaVu Sans's own (in thousandths of an em, measured with pango
/// at 1000 units); characters outside the table count as a wide letter. Browsers that
/// fall back to a narrower font only leave a little more room.
enum ChartTextMetrics {
    /// Advance widths of U+0020…U+007E in DejaVu Sans Book.
    private static let regular: [UInt16] = [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636,
        636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775,
        752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390,
        337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ]

    /// Advance widths of U+0020…U+007E in DejaVu Sans Bold.
    private static let bold: [UInt16] = [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696,
        696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821,
        837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457,
        365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ]

    /// Widths of the non-ASCII characters Norwegian reports use, regular and bold.
    private static let extra: [Character: (regular: UInt16, bold: UInt16)] = [
        "æ": (982, 1048), "ø": (612, 687), "å": (613, 675), "Æ": (974, 1085), "Ø": (787, 850), "Å": (684, 774),
        "«": (612, 646), "»": (612, 646), "−": (838, 838), "–": (500, 500), "\u{00A0}": (318, 348),
        "é": (615, 678), "ü": (634, 712), "·": (318, 380), "…": (1000, 1000), "×": (838, 838), "→": (838, 838),
    ]

    /// The estimated advance width of `text` at `size` chart units.
    static func width(_ text: String, size: Double, bold isBold: Bool = false) -> Double {
        var thousandths = 0
        for character in text {
            if let ascii = character.asciiValue, ascii >= 32, ascii < 127 {
                thousandths += Int((isBold ? bold : regular)[Int(ascii) - 32])
            } else if let widths = extra[character] {
                thousandths += Int(isBold ? widths.bold : widths.regular)
            } else {
                thousandths += isBold ? 780 : 720
            }
        }
        return Double(thousandths) * size / 1000
    }

    /// `text` broken at spaces into at most `maxLines` lines no wider than `maxWidth`.
    ///
    /// A word that is too long on its own, or text beyond the last line, is cut and ends
    /// in "…". Non-breaking spaces (U+00A0) never break.
    static func wrap(_ text: String, size: Double, bold: Bool = false, maxWidth: Double, maxLines: Int = 3) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || width(candidate, size: size, bold: bold) <= maxWidth {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] += "…"
        }
        return lines.map { truncate($0, size: size, bold: bold, maxWidth: maxWidth) }
    }

    /// `text` shortened with "…" until it is no wider than `maxWidth`.
    static func truncate(_ text: String, size: Double, bold: Bool = false, maxWidth: Double) -> String {
        guard width(text, size: size, bold: bold) > maxWidth else { return text }
        var characters = Array(text.hasSuffix("…") ? String(text.dropLast()) : text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trailingSpacesRemoved + "…"
            if width(candidate, size: size, bold: bold) <= maxWidth { return candidate }
        }
        return "…"
    }
}
