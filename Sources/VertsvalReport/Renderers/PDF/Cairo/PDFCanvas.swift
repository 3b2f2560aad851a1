import CCairo
import CPango
import Foundation

/// The only code that calls cairo and pango: a PDF surface with a drawing context and a
/// pango context for text.
///
/// Every call that can fail is checked. cairo's errors are sticky (once the context is in
/// error, later calls do nothing), so each drawing method checks the status once at its
/// end and throws `PDFRenderError.cairoFailed`. The class owns its cairo and pango handles
/// and frees them in `deinit`; it is internal and not `Sendable`, and is used by one
/// render call only.
final class PDFCanvas {
    private let sink = PDFByteSink()
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let pango: OpaquePointer
    private var finished = false
    /// The texts laid out last, with their layouts: a paragraph that runs over several
    /// pages, and the running header on every page, are laid out once, not once per page.
    private var recent: [(text: PDFText, layout: OpaquePointer, metrics: PDFTextMetrics)] = []
    /// How many texts `recent` keeps.
    private static let recentLimit = 4
    /// How many pango layouts this canvas has made (tests check that the count does not
    /// grow with the number of pages a text runs over).
    private(set) var layoutsMade = 0

    /// Creates a PDF surface of one page size, in points.
    ///
    /// - Throws: `PDFRenderError` when cairo or pango cannot create their objects.
    init(width: Double, height: Double) throws {
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue().append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_pdf_surface_create_for_stream(write, closure, width, height) else {
            throw PDFRenderError.cairoFailed(operation: "cairo_pdf_surface_create_for_stream", reason: "no surface")
        }
        let surfaceStatus = cairo_surface_status(surface)
        guard surfaceStatus == CAIRO_STATUS_SUCCESS, let cairo = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw PDFRenderError.cairoFailed(operation: "cairo_pdf_surface_create_for_stream", reason: Self.reason(surfaceStatus))
        }
        let status = cairo_status(cairo)
        guard status == CAIRO_STATUS_SUCCESS, let pango = pango_cairo_create_context(cairo) else {
            cairo_destroy(cairo)
            cairo_surface_destroy(surface)
            throw status == CAIRO_STATUS_SUCCESS
                ? PDFRenderError.pangoFailed(operation: "pango_cairo_create_context")
                : PDFRenderError.cairoFailed(operation: "cairo_create", reason: Self.reason(status))
        }
        self.surface = surface
        self.cairo = cairo
        self.pango = pango
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
    }

    deinit {
        for entry in recent { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    // MARK: Document

    /// Writes the document information; dates are ISO 8601 (`2026-02-23T00:00:00Z`).
    func setMetadata(_ metadata: PDFMetadata) throws {
        let entries: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.isEmpty ? nil : metadata.keywords.joined(separator: ", ")),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.isoDateTime),
            (CAIRO_PDF_METADATA_MOD_DATE, metadata.isoDateTime),
        ]
        for (key, value) in entries {
            guard let value else { continue }
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        try checkSurface("cairo_pdf_surface_set_metadata")
    }

    /// Adds an entry to the document outline (bookmarks) pointing at `y` on `page`
    /// (1-based), under `parent` (0 for the top level); returns the new entry's id.
    func addOutline(_ title: String, parent: Int32, page: Int, y: Double) throws -> Int32 {
        let attributes = "page=\(page) pos=[0 \(XMLText.number(max(0, y)))]"
        let id = cairo_pdf_surface_add_outline(surface, parent, title, attributes, CAIRO_PDF_OUTLINE_FLAG_OPEN)
        try checkSurface("cairo_pdf_surface_add_outline")
        return id
    }

    /// Opens a structure element of type `tag` (a tagged PDF's structure tree).
    func beginTag(_ tag: String) throws {
        cairo_tag_begin(cairo, tag, "")
        try check("cairo_tag_begin")
    }

    /// Closes the structure element of type `tag` opened last.
    func endTag(_ tag: String) throws {
        cairo_tag_end(cairo, tag)
        try check("cairo_tag_end")
    }

    /// Ends the current page and starts the next.
    func showPage() throws {
        cairo_show_page(cairo)
        try check("cairo_show_page")
    }

    /// Finishes the file and returns its bytes.
    func finish() throws -> Data {
        if !finished {
            finished = true
            cairo_surface_finish(surface)
            try checkSurface("cairo_surface_finish")
        }
        return sink.data
    }

    /// The family fontconfig actually uses for `family`.
    func resolvedFamily(_ family: String) throws -> String {
        guard let description = pango_font_description_new() else { throw PDFRenderError.pangoFailed(operation: "pango_font_description_new") }
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        pango_font_description_set_absolute_size(description, Double(10 * PANGO_SCALE))
        guard let font = pango_context_load_font(pango, description) else {
            throw PDFRenderError.pangoFailed(operation: "pango_context_load_font")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        guard let loaded = pango_font_describe(font) else { throw PDFRenderError.pangoFailed(operation: "pango_font_describe") }
        defer { pango_font_description_free(loaded) }
        return pango_font_description_get_family(loaded).map { String(cString: $0) } ?? ""
    }

    // MARK: Text

    /// The size of `text` and the position of its lines.
    func measure(_ text: PDFText) throws -> PDFTextMetrics {
        try laidOut(text).metrics
    }

    /// Draws lines `lines` of `text` with the top of the first at (`x`, `y`).
    ///
    /// - Complexity: O(`lines.upperBound`) list steps; the layout itself is reused from
    ///   `measure` or the previous page.
    func draw(_ text: PDFText, lines: Range<Int>, x: Double, y: Double) throws {
        let (layout, metrics) = try laidOut(text)
        guard let first = lines.first, metrics.lines.indices.contains(first) else { return }
        setColor(text.color)
        let top = metrics.lines[first].top
        // Walk pango's list of lines once (asking for each line by index walks it each time).
        var node = pango_layout_get_lines_readonly(layout)
        var index = 0
        while let current = node, index < lines.upperBound, metrics.lines.indices.contains(index) {
            if index >= first, let line = current.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) {
                let box = metrics.lines[index]
                cairo_move_to(cairo, x + box.x, y + box.baseline - top)
                pango_cairo_show_layout_line(cairo, line)
            }
            node = current.pointee.next
            index += 1
        }
        try check("pango_cairo_show_layout_line")
    }

    /// Whether lines `lines` of `text` hold any of the characters at UTF-8 offsets `bytes`
    /// of `text.string`.
    func draws(_ text: PDFText, lines: Range<Int>, bytes: Range<Int>) throws -> Bool {
        let (layout, _) = try laidOut(text)
        let wanted = layoutBytes(bytes, of: text, layout: layout)
        var node = pango_layout_get_lines_readonly(layout)
        var index = 0
        while let current = node, index < lines.upperBound {
            if index >= lines.lowerBound, let line = current.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) {
                let start = Int(line.pointee.start_index)
                if max(start, wanted.lowerBound) < min(start + Int(line.pointee.length), wanted.upperBound) { return true }
            }
            node = current.pointee.next
            index += 1
        }
        return false
    }

    /// Draws the characters at UTF-8 offsets `bytes` of `text.string` that lie on lines
    /// `lines`, each glyph exactly where `draw(_:lines:x:y:)` puts it.
    ///
    /// Drawing a text piece by piece this way, each piece in its own marked content, gives
    /// the same glyphs at the same places as drawing it whole: a line inside `bytes` is
    /// drawn whole; of a line that `bytes` cuts, pango's shaped runs are cut at the
    /// boundaries (`pango_glyph_item_split`, which keeps every glyph's advance and
    /// offset) and set at their place in the line. A right-to-left run is not cut: it is
    /// drawn whole with the piece its first character belongs to.
    func draw(_ text: PDFText, lines: Range<Int>, x: Double, y: Double, bytes: Range<Int>) throws {
        let (layout, metrics) = try laidOut(text)
        guard let first = lines.first, metrics.lines.indices.contains(first), let string = pango_layout_get_text(layout) else { return }
        let wanted = layoutBytes(bytes, of: text, layout: layout)
        setColor(text.color)
        let top = metrics.lines[first].top
        var node = pango_layout_get_lines_readonly(layout)
        var index = 0
        while let current = node, index < lines.upperBound, metrics.lines.indices.contains(index) {
            if index >= first, let line = current.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) {
                let start = Int(line.pointee.start_index)
                let end = start + Int(line.pointee.length)
                let box = metrics.lines[index]
                let origin = (x: x + box.x, y: y + box.baseline - top)
                if wanted.lowerBound <= start && end <= wanted.upperBound {
                    cairo_move_to(cairo, origin.x, origin.y)
                    pango_cairo_show_layout_line(cairo, line)
                } else if max(start, wanted.lowerBound) < min(end, wanted.upperBound) {
                    drawRuns(of: line, text: string, bytes: wanted, origin: origin)
                }
            }
            node = current.pointee.next
            index += 1
        }
        try check("pango_cairo_show_glyph_item")
    }

    /// The glyphs of `line` for the layout bytes `bytes`, the line's origin at `origin`.
    private func drawRuns(of line: UnsafePointer<PangoLayoutLine>, text: UnsafePointer<CChar>, bytes: Range<Int>, origin: (x: Double, y: Double)) {
        let scale = Double(PANGO_SCALE)
        // The left end of the current run, in pango units from the line's origin, summed as
        // pango's renderer sums it.
        var offset: Int32 = 0
        var node = line.pointee.runs
        while let current = node, let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) {
            node = current.pointee.next
            let width = pango_glyph_string_get_width(run.pointee.glyphs)
            defer { offset += width }
            guard let item = run.pointee.item else { continue }
            let start = Int(item.pointee.offset)
            let end = start + Int(item.pointee.length)
            let from = max(start, bytes.lowerBound)
            let to = min(end, bytes.upperBound)
            let rightToLeft = item.pointee.analysis.level % 2 == 1
            if rightToLeft ? !bytes.contains(start) : from >= to { continue }
            if rightToLeft || (from == start && to == end) {
                cairo_move_to(cairo, origin.x + Double(offset) / scale, origin.y)
                pango_cairo_show_glyph_item(cairo, text, run)
                continue
            }
            guard let piece = pango_glyph_item_copy(run) else { continue }
            var before: Int32 = 0
            if from > start, let head = pango_glyph_item_split(piece, text, Int32(from - start)) {
                before = pango_glyph_string_get_width(head.pointee.glyphs)
                pango_glyph_item_free(head)
            }
            var shown = piece
            var middle: UnsafeMutablePointer<PangoGlyphItem>?
            if to < end, let cut = pango_glyph_item_split(piece, text, Int32(to - from)) {
                middle = cut
                shown = cut
            }
            cairo_move_to(cairo, origin.x + Double(offset + before) / scale, origin.y)
            pango_cairo_show_glyph_item(cairo, text, shown)
            if let middle { pango_glyph_item_free(middle) }
            pango_glyph_item_free(piece)
        }
    }

    /// The layout's UTF-8 offsets for the offsets `bytes` of `text.string` (they differ
    /// where `PDFLineBreaking` put break opportunities into a long word).
    private func layoutBytes(_ bytes: Range<Int>, of text: PDFText, layout: OpaquePointer) -> Range<Int> {
        guard let pointer = pango_layout_get_text(layout) else { return bytes }
        let original = text.string
        let length = strlen(pointer)
        guard length != original.utf8.count else { return bytes }
        let laidOut = String(cString: pointer)
        let lower = PDFLineBreaking.offset(bytes.lowerBound, of: original, in: laidOut)
        return lower..<max(lower, PDFLineBreaking.offset(bytes.upperBound, of: original, in: laidOut))
    }

    /// The layout of `text` and its metrics, from `recent` when it was laid out lately.
    private func laidOut(_ text: PDFText) throws -> (layout: OpaquePointer, metrics: PDFTextMetrics) {
        if let index = recent.firstIndex(where: { $0.text == text }) {
            let entry = recent.remove(at: index)
            recent.append(entry)
            return (entry.layout, entry.metrics)
        }
        let layout = try makeLayout(text)
        let metrics: PDFTextMetrics
        do {
            metrics = try self.metrics(of: layout)
        } catch {
            g_object_unref(UnsafeMutableRawPointer(layout))
            throw error
        }
        if recent.count >= Self.recentLimit {
            g_object_unref(UnsafeMutableRawPointer(recent.removeFirst().layout))
        }
        recent.append((text, layout, metrics))
        return (layout, metrics)
    }

    /// Draws one line of chart text with its baseline at `y`, anchored at `x`, kept within
    /// the chart's `width` from `originX`: the layout estimates widths from a table, and a
    /// label set a little wider than estimated must not reach into the page margin.
    func drawLabel(_ label: ChartLabel, scale: Double, originX: Double, originY: Double, within width: Double) throws {
        let text = PDFText(label.text, size: label.size * scale, bold: label.bold, color: label.color, width: nil)
        let layout = try makeLayout(text)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let metrics = try metrics(of: layout)
        guard let box = metrics.lines.first, let line = pango_layout_get_line_readonly(layout, 0) else { return }
        let x = originX + label.x * scale
        let shift: Double
        switch label.anchor {
        case .start: shift = 0
        case .middle: shift = metrics.width / 2
        case .end: shift = metrics.width
        }
        let start = min(max(x - shift, originX), originX + width - metrics.width)
        setColor(label.color)
        cairo_move_to(cairo, start + box.x, originY + label.y * scale)
        pango_cairo_show_layout_line(cairo, line)
        try check("pango_cairo_show_layout_line")
    }

    // MARK: Shapes

    /// Fills a rectangle, and outlines it when `stroke` is set.
    func rectangle(x: Double, y: Double, width: Double, height: Double, fill: ReportColor, stroke: ReportColor? = nil, lineWidth: Double = 0.5) throws
    {
        cairo_new_path(cairo)
        cairo_rectangle(cairo, x, y, width, height)
        setColor(fill)
        if let stroke {
            cairo_fill_preserve(cairo)
            setColor(stroke)
            cairo_set_line_width(cairo, lineWidth)
            cairo_set_dash(cairo, nil, 0, 0)
            cairo_set_line_join(cairo, CAIRO_LINE_JOIN_MITER)
            cairo_stroke(cairo)
        } else {
            cairo_fill(cairo)
        }
        try check("cairo_rectangle")
    }

    /// Strokes a path through `points`; an empty `dash` is solid.
    func polyline(_ points: [(x: Double, y: Double)], color: ReportColor, width: Double, dash: [Double] = [], round: Bool = false) throws {
        guard let first = points.first, points.count >= 2 else { return }
        cairo_new_path(cairo)
        cairo_move_to(cairo, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
        setColor(color)
        cairo_set_line_width(cairo, width)
        cairo_set_line_cap(cairo, round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cairo, round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        dash.withUnsafeBufferPointer { buffer in
            cairo_set_dash(cairo, buffer.baseAddress, Int32(buffer.count), 0)
        }
        cairo_stroke(cairo)
        cairo_set_dash(cairo, nil, 0, 0)
        try check("cairo_stroke")
    }

    /// Fills and outlines a circle.
    func circle(x: Double, y: Double, radius: Double, fill: ReportColor, stroke: ReportColor, width: Double) throws {
        cairo_new_path(cairo)
        cairo_arc(cairo, x, y, radius, 0, 2 * Double.pi)
        cairo_close_path(cairo)
        setColor(fill)
        cairo_fill_preserve(cairo)
        setColor(stroke)
        cairo_set_line_width(cairo, width)
        cairo_set_dash(cairo, nil, 0, 0)
        cairo_stroke(cairo)
        try check("cairo_arc")
    }

    // MARK: Internals

    private func setColor(_ color: ReportColor) {
        let unit = color.unit
        cairo_set_source_rgb(cairo, unit.red, unit.green, unit.blue)
    }

    /// A pango layout for `text`; the caller releases it with `g_object_unref`.
    private func makeLayout(_ text: PDFText) throws -> OpaquePointer {
        guard let layout = pango_layout_new(pango) else { throw PDFRenderError.pangoFailed(operation: "pango_layout_new") }
        guard let description = pango_font_description_new() else {
            g_object_unref(UnsafeMutableRawPointer(layout))
            throw PDFRenderError.pangoFailed(operation: "pango_font_description_new")
        }
        pango_font_description_set_family(description, ReportTheme.fontFamily)
        pango_font_description_set_weight(description, PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, text.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)

        layoutsMade += 1
        // Only wrapped text needs break opportunities in over-long words.
        let runs = text.width == nil || text.ellipsize ? text.runs.map(\.text) : PDFLineBreaking.breakable(text.runs.map(\.text))
        let string = runs.joined()
        pango_layout_set_text(layout, string, Int32(string.utf8.count))
        if text.runs.contains(where: \.bold) {
            guard let attributes = pango_attr_list_new() else {
                g_object_unref(UnsafeMutableRawPointer(layout))
                throw PDFRenderError.pangoFailed(operation: "pango_attr_list_new")
            }
            var offset = 0
            for (run, runText) in zip(text.runs, runs) {
                let length = runText.utf8.count
                if run.bold, length > 0, let attribute = pango_attr_weight_new(PANGO_WEIGHT_BOLD) {
                    attribute.pointee.start_index = UInt32(offset)
                    attribute.pointee.end_index = UInt32(offset + length)
                    pango_attr_list_insert(attributes, attribute)
                }
                offset += length
            }
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        if let width = text.width {
            pango_layout_set_width(layout, Int32(max(1, width) * Double(PANGO_SCALE)))
            if text.ellipsize {
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
                pango_layout_set_height(layout, -1)
            } else {
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            }
        }
        switch text.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_spacing(layout, Int32(text.spacing * text.size * Double(PANGO_SCALE)))
        return layout
    }

    private func metrics(of layout: OpaquePointer) throws -> PDFTextMetrics {
        guard let iterator = pango_layout_get_iter(layout) else { throw PDFRenderError.pangoFailed(operation: "pango_layout_get_iter") }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        var lines: [PDFTextMetrics.Line] = []
        var widest = 0.0
        repeat {
            var top: Int32 = 0
            var bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = pango_layout_iter_get_baseline(iterator)
            lines.append(
                PDFTextMetrics.Line(
                    top: Double(top) / scale, bottom: Double(bottom) / scale, baseline: Double(baseline) / scale, x: Double(logical.x) / scale))
            widest = max(widest, Double(logical.width) / scale)
        } while pango_layout_iter_next_line(iterator) != 0
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return PDFTextMetrics(width: widest, height: Double(height) / scale, lines: lines)
    }

    private func check(_ operation: String) throws {
        let status = cairo_status(cairo)
        guard status == CAIRO_STATUS_SUCCESS else { throw PDFRenderError.cairoFailed(operation: operation, reason: Self.reason(status)) }
    }

    private func checkSurface(_ operation: String) throws {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw PDFRenderError.cairoFailed(operation: operation, reason: Self.reason(status)) }
    }

    private static func reason(_ status: cairo_status_t) -> String {
        cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
    }
}
