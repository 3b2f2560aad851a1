import Vertsval
import VertsvalReport

/// A representative report in Nynorsk, built by hand for the renderer tests: notes, key
/// figures, a 40-row table that must break across pages, and one chart of each kind.
///
/// The numbers are made up; they are formatted here, as a builder would, with
/// `NumberFormat`, so they contain U+00A0 and U+2212 like real reports.
enum RenderTestDocument {
    /// The value in the last row of the long table, which lands on page 2.
    static let lastRowPlace = "Øvre Årdalstangen"
    /// The value in the first row of the long table, on page 1.
    static let firstRowPlace = "Gaupne sentrum"
    /// The header of the long table's population column.
    static let populationHeader = "Innbyggjarar"

    /// The report, in `language` for the words the renderer writes itself.
    static func make(title: String = "Vertskommune for ureining- og miljøtilsyn i Sogn", language: Language = .nn) -> Document {
        let n = NumberFormat(language)
        var blocks: [Block] = []
        blocks.append(
            .note(
                Note(
                    kind: .important, label: "Merk",
                    text:
                        "Skåringane i denne vurderinga er illustrerande og ikkje vedtekne av regionrådet. Tala viser korleis malen verkar, ikkje kva kommunane faktisk skårar."
                )))
        blocks.append(.heading("Resultat", level: 1))
        blocks.append(
            .keyFigures([
                KeyFigure(label: "Luster", value: n.format(68.6) + "\u{00A0}poeng", detail: "rang 1"),
                KeyFigure(label: "Sogndal", value: n.format(63.9) + "\u{00A0}poeng", detail: "rang 2"),
                KeyFigure(label: "Skilnad", value: n.signed(4.7) + "\u{00A0}poeng", detail: "Luster minus Sogndal"),
            ]))
        blocks.append(
            .paragraph(
                "Luster kjem først med \(n.format(68.6)) poeng av 100, \(n.format(4.7)) poeng føre Sogndal. Forskjellen kjem mest av reisetida for innbyggjarane (\(n.signed(3.2)) poeng) og av kompetansemiljøet (\(n.signed(2.1)) poeng), medan Sogndal står sterkare på kontorlokale (\(n.signed(-1.4)) poeng). Regionen har \(n.format(31_458)) innbyggjarar; «vertskommune» tyder her ein kommune som utfører tenesta for dei andre etter kommunelova § 20-2."
            ))
        blocks.append(.table(longTable(n)))
        blocks.append(.heading("Kvifor Luster er først", level: 1))
        blocks.append(
            .paragraph("Diagrammet viser kor mykje kvart kriterium bidreg til totalverdien for kvar kandidat. Lengda på kvart felt er vekt × verdi."))
        blocks.append(.chart(stackedChart()))
        blocks.append(.chart(divergingChart()))
        blocks.append(
            .bullets([
                "Reisetid: Luster ligg nærare dei fleste innbyggjarane i nord, og vinn \(n.format(3.2)) poeng.",
                "Kompetansemiljø: fagmiljøet i Luster er større i dag (\(n.format(4)) mot \(n.format(2)) årsverk).",
                "Kontorlokale: Sogndal har ledige lokale i rådhuset og vinn \(n.format(1.4)) poeng.",
            ]))
        blocks.append(.pageBreakHint)
        blocks.append(.heading("Kva som må til for at Sogndal blir først", level: 1))
        blocks.append(
            .paragraph(
                "Om vekta på reisetid går ned frå \(n.percent(25)) til under \(n.percent(14.2)), og dei andre vektene aukar tilsvarande, kjem Sogndal først. Linjene viser totalverdien for kvar kandidat når berre denne vekta endrar seg."
            ))
        blocks.append(.chart(lineChart()))
        blocks.append(.heading("Balanse i regionen", level: 2))
        blocks.append(.chart(groupedChart()))
        blocks.append(
            .note(
                Note(
                    kind: .info, label: "Kjelde",
                    text:
                        "Folketal frå SSB tabell 07459 (1. januar 2025). Reisetider er rekna med køyretid mellom kommunesentera & krinsane <utan ferje>."
                )))
        blocks.append(.paragraph("Vurderingsmal: Mal for val av vertskommune, versjon 1.0 (rekonstruksjon, ikkje vedteken ordlyd)."))
        return Document(
            title: title, subtitle: "Vurdering etter «Mal for val av vertskommune» · Sogn regionråd, møte 23. februar 2026",
            language: language,
            runningHeader: ["Vertskommune for ureining- og miljøtilsyn", "Sogn regionråd", "Møte 23. februar 2026 · sak 04/26"], blocks: blocks)
    }

    /// Forty rows of places with population and travel times, plus a total row.
    static func longTable(_ n: NumberFormat) -> Table {
        let places = [
            firstRowPlace, "Skjolden", "Fortun", "Hafslo", "Solvorn", "Veitastrond", "Jostedal", "Luster sentrum", "Nes", "Høyheimsvik",
            "Sogndalsfjøra", "Kaupanger", "Fjærland", "Leikanger", "Hella", "Balestrand", "Vik sentrum", "Vangsnes", "Feios", "Arnafjord",
            "Lærdalsøyri", "Borgund", "Husum", "Erdal", "Aurland sentrum", "Flåm", "Undredal", "Gudvangen", "Årdalstangen", "Naddvik",
            "Seimsdalen", "Offerdal", "Ljøsne", "Tønjum", "Ornes", "Urnes", "Mørkrid", "Bolstadøyri", "Indre Hafslo", lastRowPlace,
        ]
        var rows: [[String]] = []
        var total = 0
        for (index, place) in places.enumerated() {
            let population = 180 + (index * 7_919) % 11_000
            total += population
            let toLuster = 12 + (index * 37) % 140
            let toSogndal = 8 + (index * 53) % 150
            let remark =
                index % 7 == 3 ? "Ferje eller tunnel i ruta; vintervegen over fjellet er stengd i periodar" : (index % 5 == 0 ? "Kollektiv" : "")
            rows.append([
                String(index + 1), place, n.format(population), n.format(toLuster), n.format(toSogndal),
                n.signed(Double(toSogndal - toLuster), decimals: 0), remark,
            ])
        }
        return Table(
            caption: "Reisetid frå kvar krins til dei to kandidatane (minutt), med folketal. Skilnad = Sogndal minus Luster.",
            columns: [
                .init("Nr.", .trailing), .init("Krins"), .init(populationHeader, .trailing), .init("Til Luster", .trailing),
                .init("Til Sogndal", .trailing), .init("Skilnad", .trailing), .init("Merknad"),
            ],
            rows: rows,
            footer: [["", "Sum / snitt", n.format(total), n.format(71), n.format(74), n.signed(3, decimals: 0), ""]])
    }

    static let criteria = ["Reisetid for innbyggjarane", "Kompetansemiljø", "Kontorlokale", "Økonomi", "Balanse i regionen"]

    static func stackedChart() -> Chart {
        Chart(
            kind: .stackedBars, title: "Bidrag per kriterium til totalverdien",
            altText:
                "Liggjande stabla søyler. Luster får 68,6 poeng: reisetid 22,0, kompetanse 16,1, lokale 8,6, økonomi 12,0 og balanse 9,9. Sogndal får 63,9 poeng.",
            categories: ["Luster", "Sogndal"],
            series: zip(criteria, [[22.0, 18.8], [16.1, 14.0], [8.6, 10.0], [12.0, 12.5], [9.9, 8.6]]).map { Chart.Series(name: $0, values: $1) },
            valueLabel: "Poeng av 100")
    }

    static func divergingChart() -> Chart {
        Chart(
            kind: .divergingBars, title: "Skilnad per kriterium (Luster minus Sogndal)",
            altText:
                "Søyler til høgre er i favør Luster, til venstre i favør Sogndal. Reisetid +3,2, kompetanse +2,1, lokale −1,4, økonomi −0,5, balanse +1,3.",
            categories: criteria, series: [Chart.Series(name: "Luster minus Sogndal", values: [3.2, 2.1, -1.4, -0.5, 1.3])], valueLabel: "Poeng")
    }

    static func lineChart() -> Chart {
        let xs = stride(from: 0.0, through: 100.0, by: 5.0).map { $0 }
        return Chart(
            kind: .lines, title: "Totalverdi når vekta på reisetid endrar seg",
            altText: "Luster ligg over Sogndal når vekta på reisetid er over 14,2 %. No er vekta 25 %.",
            categories: xs.map { "\(Int($0))" }, xValues: xs,
            series: [
                Chart.Series(name: "Luster", values: xs.map { 60 + 0.3 * $0 }),
                Chart.Series(name: "Sogndal", values: xs.map { 62.4 + 0.13 * $0 }),
                Chart.Series(name: "Vik", values: xs.map { 58 + 0.05 * $0 }),
            ],
            markers: [Chart.Marker(x: 14.1, y: 64.2, label: "Byter ved 14,2 %"), Chart.Marker(x: 25, y: 67.5, label: "No: 25 %")],
            valueLabel: "Totalverdi (0–100)", xLabel: "Vekt på reisetid (%)", referenceX: 25)
    }

    static func groupedChart() -> Chart {
        Chart(
            kind: .groupedBars, title: "Tilsette i vertskommunetenester og folketal, del av regionen",
            altText:
                "For kvar kommune: delen av årsverka i vertskommunetenester mot delen av folketalet. Sogndal har 41 % av årsverka og 26 % av folket.",
            categories: ["Sogndal", "Luster", "Årdal", "Lærdal", "Aurland", "Vik"],
            series: [
                Chart.Series(name: "Del av årsverk (%)", values: [41.0, 18.5, 14.2, 9.8, 8.1, 8.4]),
                Chart.Series(name: "Del av folketal (%)", values: [26.1, 16.7, 16.9, 6.8, 5.5, 8.7]),
            ],
            valueLabel: "Prosent")
    }
}
