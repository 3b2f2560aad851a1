import Vertsval

/// Line charts: one line per series over the x values, with marked points and a
/// reference line.
extension ChartLayout {
    /// The height of the plot area of a line chart.
    static let plotHeight = 140.0

    /// One line per series (colour and dash pattern differ), markers with their labels
    /// placed so they do not overlap, and a dashed vertical line at `referenceX` labelled
    /// with its x value.
    func lines() -> ChartGeometry {
        var shapes: [ChartShape] = []
        let legend = legend(
            chart.series.enumerated().map { LegendItem(name: $1.name, color: ChartPalette.color($0), dash: ChartPalette.dash($0)) },
            top: 0)
        shapes += legend.shapes
        var top = legend.height > 0 ? legend.height + 6 : 0
        if !chart.valueLabel.isEmpty {
            let text = ChartTextMetrics.truncate(chart.valueLabel, size: Self.labelSize, maxWidth: Self.width)
            shapes.append(.text(ChartLabel(text: text, x: 0, y: top + Self.labelSize, size: Self.labelSize, color: ReportTheme.muted)))
            top += Self.labelSize * Self.leading + 4
        }
        if chart.referenceX != nil { top += Self.tickSize * Self.leading + 2 }
        let plotTop = top
        let plotBottom = plotTop + Self.plotHeight

        let xs = chart.xValues.filter(\.isFinite)
        let points = chart.series.map { series in
            zip(chart.xValues, series.values).filter { $0.0.isFinite && $0.1.isFinite }
        }
        let ys = points.flatMap { $0.map(\.1) } + chart.markers.map(\.y).filter(\.isFinite)
        let yScale0 = valueScale(minimum: ys.min() ?? 0, maximum: ys.max() ?? 1, start: plotBottom, end: plotTop, vertical: true)
        let tickWidth = yScale0.ticks.map { ChartTextMetrics.width(tickLabel($0, yScale0), size: Self.tickSize) }.max() ?? 0
        let plotLeft = tickWidth + 8
        let plotRight = Self.width - 16
        let yScale = yScale0
        let xScale = valueScale(minimum: xs.min() ?? 0, maximum: xs.max() ?? 1, start: plotLeft, end: plotRight)

        for tick in yScale.ticks {
            let y = yScale.position(tick)
            shapes.append(
                .line(from: ChartPoint(x: plotLeft, y: y), to: ChartPoint(x: plotRight, y: y), stroke: ReportTheme.gridline, width: 0.8, dash: []))
            shapes.append(
                .text(
                    ChartLabel(
                        text: tickLabel(tick, yScale), x: plotLeft - 6, y: Self.baseline(centeredOn: y, size: Self.tickSize), size: Self.tickSize,
                        anchor: .end, color: ReportTheme.muted)))
        }
        shapes += verticalGrid(xScale, top: plotTop, bottom: plotBottom)
        shapes.append(
            .line(from: ChartPoint(x: plotLeft, y: plotTop), to: ChartPoint(x: plotLeft, y: plotBottom), stroke: ReportTheme.rule, width: 1, dash: [])
        )

        if let reference = chart.referenceX, reference.isFinite, reference >= xScale.lower, reference <= xScale.upper {
            let x = xScale.position(reference)
            shapes.append(
                .line(
                    from: ChartPoint(x: x, y: plotTop - 2), to: ChartPoint(x: x, y: plotBottom), stroke: ReportTheme.text, width: 1.2, dash: [4, 3]))
            let text = chart.referenceLabel ?? numbers.format(reference, decimals: xScale.decimals)
            let half = ChartTextMetrics.width(text, size: Self.tickSize, bold: true) / 2
            shapes.append(
                .text(
                    ChartLabel(
                        text: text, x: min(max(x, half), Self.width - half), y: plotTop - 5, size: Self.tickSize, bold: true,
                        anchor: .middle)))
        }

        var paths: [[ChartPoint]] = []
        for (index, series) in points.enumerated() where !series.isEmpty {
            let path = series.map { ChartPoint(x: xScale.position($0.0), y: yScale.position($0.1)) }
            paths.append(path)
            shapes.append(.polyline(path, stroke: ChartPalette.color(index), width: 2.5, dash: ChartPalette.dash(index)))
        }
        shapes += markers(xScale: xScale, yScale: yScale, plotTop: plotTop, plotBottom: plotBottom, avoiding: paths)

        let axis = horizontalAxis(xScale, bottom: plotBottom, title: chart.xLabel)
        shapes += axis.shapes
        return ChartGeometry(width: Self.width, height: plotBottom + axis.height, shapes: shapes)
    }

    /// The marked points as rings, each with its label on a white patch above the point,
    /// or below it (or further away) when that place is taken by another label or ring,
    /// would hide part of a line in `paths`, or lies outside the plot; rings are drawn last
    /// so no label hides a point. When every place hides some line, the one that hides the
    /// least is taken.
    func markers(xScale: ChartScale, yScale: ChartScale, plotTop: Double, plotBottom: Double, avoiding paths: [[ChartPoint]] = [])
        -> [ChartShape]
    {
        var shapes: [ChartShape] = []
        let size = Self.tickSize
        let shown = chart.markers.filter { $0.x.isFinite && $0.y.isFinite }
        let centers = shown.map { ChartPoint(x: xScale.position($0.x), y: yScale.position($0.y)) }
        var taken: [(x0: Double, y0: Double, x1: Double, y1: Double)] = centers.map { ($0.x - 6, $0.y - 6, $0.x + 6, $0.y + 6) }
        for (marker, center) in zip(shown, centers) where !marker.label.isEmpty {
            let cx = center.x
            let cy = center.y
            let text = ChartTextMetrics.truncate(marker.label, size: size, bold: true, maxWidth: xScale.end - xScale.start)
            let width = ChartTextMetrics.width(text, size: size, bold: true)
            let height = size * 1.2
            func clampX(_ x: Double) -> Double { min(max(x, xScale.start + 2), xScale.end - width - 2) }
            let centered = clampX(cx - width / 2)
            let candidates: [(x: Double, top: Double)] = [
                (centered, cy - 9 - height), (centered, cy + 9), (clampX(cx + 9), cy - height / 2), (clampX(cx - 9 - width), cy - height / 2),
                (centered, cy - 11 - 2 * height), (centered, cy + 11 + height), (clampX(cx + 9), cy - 9 - height), (clampX(cx + 9), cy + 9),
                (clampX(cx - 9 - width), cy - 9 - height), (clampX(cx - 9 - width), cy + 9), (centered, cy - 13 - 3 * height),
                (centered, cy + 13 + 2 * height), (clampX(cx + 9), cy - 11 - 2 * height), (clampX(cx + 9), cy + 11 + height),
                (clampX(cx - 9 - width), cy - 11 - 2 * height), (clampX(cx - 9 - width), cy + 11 + height),
            ]
            var place = candidates[0]
            var hidden = Double.infinity
            for candidate in candidates where candidate.top >= plotTop && candidate.top + height <= plotBottom {
                let box = (x0: candidate.x - 2, y0: candidate.top - 1, x1: candidate.x + width + 2, y1: candidate.top + height + 1)
                let overlaps = taken.contains { $0.x0 < box.x1 && box.x0 < $0.x1 && $0.y0 < box.y1 && box.y0 < $0.y1 }
                guard !overlaps else { continue }
                let covered = Self.lengthInside(box, of: paths)
                if covered < hidden {
                    place = candidate
                    hidden = covered
                }
                if covered == 0 { break }
            }
            let x0 = place.x
            let top = place.top
            taken.append((x0 - 2, top - 1, x0 + width + 2, top + height + 1))
            shapes.append(.rect(x: x0 - 2, y: top - 1, width: width + 4, height: size * 1.2 + 2, fill: ReportTheme.background, stroke: nil))
            shapes.append(.text(ChartLabel(text: text, x: x0, y: top + size * 0.95, size: size, bold: true)))
        }
        for center in centers {
            shapes.append(.circle(center: center, radius: 4.5, fill: ReportTheme.background, stroke: ReportTheme.text, width: 1.8))
        }
        return shapes
    }

    /// How much of the lines in `paths` lies inside `box` (chart units).
    static func lengthInside(_ box: (x0: Double, y0: Double, x1: Double, y1: Double), of paths: [[ChartPoint]]) -> Double {
        var total = 0.0
        for path in paths {
            for (a, b) in zip(path, path.dropFirst()) {
                // Liang–Barsky: the part of the segment a→b inside the box.
                let dx = b.x - a.x
                let dy = b.y - a.y
                var t0 = 0.0
                var t1 = 1.0
                var inside = true
                for (p, q) in [(-dx, a.x - box.x0), (dx, box.x1 - a.x), (-dy, a.y - box.y0), (dy, box.y1 - a.y)] {
                    if p == 0 {
                        if q < 0 { inside = false }
                    } else if p < 0 {
                        t0 = max(t0, q / p)
                    } else {
                        t1 = min(t1, q / p)
                    }
                }
                if inside && t0 < t1 { total += (t1 - t0) * (dx * dx + dy * dy).squareRoot() }
            }
        }
        return total
    }
}
