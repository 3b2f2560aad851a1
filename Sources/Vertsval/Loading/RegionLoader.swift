/// Reads a region file (`kind: region`) and checks it: unique municipalities, valid
/// populations, a complete, non-negative and (within tolerance) symmetric travel-time
/// matrix, and a cooperation register that names known hosts.
struct RegionLoader {
    let log: DiagnosticLog
    /// Where each cooperation arrangement starts, for checks that need other files.
    let arrangementLocations = LocationTable()

    static let topKeys = ["kind", "id", "name", "municipalities", "travelTimes", "cooperation", "costKey", "notes"]
    static let municipalityKeys = ["id", "number", "name", "centre", "population"]
    static let populationKeys = ["value", "year", "source"]
    static let travelKeys = ["estimate", "note", "asymmetryTolerance", "minutes"]
    static let arrangementKeys = ["id", "name", "form", "host", "fte", "status", "start", "note"]

    func load(_ root: YAMLValue) -> Region? {
        guard let map = root.mapping(allowed: Self.topKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let name = map.required("name")?.localizedText()
        _ = map.optional("notes")?.localizedText()

        var municipalities: [Municipality] = []
        var seen: [String: Int] = [:]
        // Ids as written, also of municipalities rejected for another reason, so that
        // references to them are not reported as unknown as well.
        var written: [String] = []
        if let list = map.required("municipalities")?.list() {
            if list.isEmpty { log.error(.tooFewEntries(minimum: 1, found: 0), at: map.keyLocation("municipalities")) }
            for entry in list {
                if let id = entry.node["id"]?.scalar { written.append(id) }
                guard let municipality = readMunicipality(entry) else { continue }
                if let first = seen[municipality.id.rawValue] {
                    log.error(.duplicateID(id: municipality.id.rawValue, firstLine: first), at: entry.location)
                    continue
                }
                seen[municipality.id.rawValue] = entry.location.line
                municipalities.append(municipality)
            }
        }
        let ids = municipalities.map(\.id)
        let travel = map.required("travelTimes").flatMap { readTravelTimes($0, ids: ids, written: written) }

        var cooperation: [CooperationArrangement] = []
        if let list = map.optional("cooperation")?.list() {
            var seenArrangements: [String: Int] = [:]
            for entry in list {
                guard let arrangement = readArrangement(entry, ids: ids) else { continue }
                if let first = seenArrangements[arrangement.id] {
                    log.error(.duplicateID(id: arrangement.id, firstLine: first), at: entry.location)
                    continue
                }
                seenArrangements[arrangement.id] = entry.location.line
                arrangementLocations.values[arrangement.id] = entry.location
                cooperation.append(arrangement)
            }
        }
        let costKey = map.optional("costKey")?.costKey(municipalities: ids)

        guard let id, let name, let travel, !municipalities.isEmpty else { return nil }
        return Region(
            id: id, name: name, municipalities: municipalities, travelTimes: travel, cooperation: cooperation,
            costKey: costKey)
    }

    private func readMunicipality(_ value: YAMLValue) -> Municipality? {
        guard let map = value.mapping(allowed: Self.municipalityKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let number = map.required("number")?.nonEmptyString()
        let name = map.required("name")?.nonEmptyString()
        let centre = map.required("centre")?.nonEmptyString()
        var population: (Int, Int, String)?
        if let popMap = map.required("population")?.mapping(allowed: Self.populationKeys) {
            var count: Int?
            if let node = popMap.required("value"), let n = node.number() {
                if n.isFinite, n > 0, n == n.rounded(), n < 1e10 {
                    count = Int(n)
                } else {
                    log.error(.populationInvalid(value: node.display), at: node.location)
                }
            }
            let year = popMap.required("year")?.integer(in: 1800...2200)
            let source = popMap.required("source")?.nonEmptyString()
            if let count, let year, let source { population = (count, year, source) }
        }
        guard let id, let number, let name, let centre, let population else { return nil }
        return Municipality(
            id: Municipality.ID(id), number: number, name: name, population: population.0, populationYear: population.1,
            populationSource: population.2, centre: centre)
    }

    /// Reads the travel-time matrix.
    ///
    /// - Complexity: O(n²) for n municipalities, with the cells kept in flat arrays indexed
    ///   by position (a national region has 63 000 pairs; sets of pairs and searches in the
    ///   list of ids made this the slowest part of loading).
    private func readTravelTimes(_ value: YAMLValue, ids: [Municipality.ID], written: [String]) -> TravelTimeMatrix? {
        guard let map = value.mapping(allowed: Self.travelKeys) else { return nil }
        let estimate = map.required("estimate")?.bool()
        let note = map.optional("note")?.localizedText()
        let tolerance = map.optional("asymmetryTolerance")?.finiteNumber(minimum: 0, maximum: 10_000) ?? 0
        let count = ids.count
        var index: [String: Int] = [:]
        index.reserveCapacity(count)
        for (position, id) in ids.enumerated() { index[id.rawValue] = position }
        let writtenIDs = Set(written)
        // Cell `from * count + to`: the minutes given, where they were given, and whether the
        // pair was written in either direction (also with a bad value).
        var minutes = [Double?](repeating: nil, count: count * count)
        var locations = [SourceLocation?](repeating: nil, count: count * count)
        var given = [Bool](repeating: false, count: count * count)
        var complete = true
        if let rows = map.required("minutes")?.entries() {
            for (fromKey, fromLocation, rowValue) in rows {
                guard let from = index[fromKey] else {
                    complete = false
                    if writtenIDs.contains(fromKey) { continue }
                    log.error(
                        .unknownReference(kind: .municipality, id: fromKey, suggestion: Suggestion.closest(to: fromKey, in: ids.rawValues())),
                        at: fromLocation)
                    continue
                }
                guard let row = rowValue.entries() else {
                    complete = false
                    continue
                }
                // Rows are usually written in the region's order: try the next position first
                // (comparing two short strings), and hash only when that is not the one.
                var next = 0
                for (toKey, toLocation, cell) in row {
                    let guess = next < count && ids[next].rawValue == toKey ? next : nil
                    guard let to = guess ?? index[toKey] else {
                        complete = false
                        if writtenIDs.contains(toKey) { continue }
                        log.error(
                            .unknownReference(kind: .municipality, id: toKey, suggestion: Suggestion.closest(to: toKey, in: ids.rawValues())),
                            at: toLocation)
                        continue
                    }
                    next = to + 1
                    given[from * count + to] = true
                    given[to * count + from] = true
                    guard let minutesValue = cell.finiteNumber(minimum: -10_000, maximum: 10_000) else {
                        complete = false
                        continue
                    }
                    if minutesValue < 0 {
                        log.error(.travelTimeNegative(from: fromKey, to: toKey, minutes: minutesValue), at: cell.location)
                        complete = false
                        continue
                    }
                    if from == to, minutesValue != 0 {
                        log.error(.travelTimeToSelf(municipality: fromKey, minutes: minutesValue), at: cell.location)
                        complete = false
                        continue
                    }
                    minutes[from * count + to] = minutesValue
                    locations[from * count + to] = cell.location
                }
            }
        } else {
            complete = false
        }
        // Asymmetry and completeness, pair by pair in file order.
        let hasMinutes = map.optional("minutes") != nil
        for a in 0..<count {
            for b in (a + 1)..<count {
                let there = minutes[a * count + b]
                let back = minutes[b * count + a]
                switch (there, back) {
                case let (x?, y?) where abs(x - y) > tolerance:
                    log.error(
                        .travelTimeAsymmetric(from: ids[a].rawValue, to: ids[b].rawValue, there: x, back: y, tolerance: tolerance),
                        at: locations[b * count + a] ?? map.keyLocation("minutes"))
                    complete = false
                case (nil, nil):
                    if !given[a * count + b], hasMinutes {
                        log.error(.travelTimeMissing(from: ids[a].rawValue, to: ids[b].rawValue), at: map.keyLocation("minutes"))
                    }
                    complete = false
                default:
                    break
                }
            }
        }
        guard let estimate, complete else { return nil }
        return TravelTimeMatrix(ids: ids, cells: minutes, isEstimate: estimate, note: note)
    }

    private func readArrangement(_ value: YAMLValue, ids: [Municipality.ID]) -> CooperationArrangement? {
        guard let map = value.mapping(allowed: Self.arrangementKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let name = map.required("name")?.localizedText()
        let form = map.required("form")?.enumValue(CooperationArrangement.Form.self, kind: .form)
        let status = map.required("status")?.enumValue(CooperationArrangement.Status.self, kind: .status)
        if !map.contains("host") { log.error(.missingKey(key: "host"), at: value.location) }
        var hostOK = true
        let host = map.optional("host").flatMap { node -> Municipality.ID? in
            let found = node.reference(to: .municipality, in: ids)
            if found == nil { hostOK = false }
            return found
        }
        let fte = map.optional("fte")?.finiteNumber(minimum: 0, maximum: 100_000)
        let start = map.optional("start")?.date()
        let note = map.optional("note")?.localizedText()
        guard let id, let name, let form, let status, hostOK else { return nil }
        return CooperationArrangement(id: id, name: name, form: form, host: host, fte: fte, status: status, start: start, note: note)
    }
}
