/// Reads a portfolio (`kind: portfolio`) and checks it against its region and the cases it
/// takes values from.
struct PortfolioLoader {
    let log: DiagnosticLog
    /// The portfolio file's path, for resolving references.
    let path: String
    /// Every file read for the portfolio's cases, for fingerprints.
    let files = FileList()
    /// The loaded case behind each case-valued service.
    let cases = CaseTable()

    static let topKeys = ["kind", "id", "title", "region", "illustrative", "notice", "services", "rules", "costKey"]
    static let serviceKeys = ["id", "name", "fte", "fteAt", "budget", "importance", "host", "value", "values", "case", "costKey"]
    static let ruleKeys = ["balance", "fte", "services", "together", "apart"]

    /// Reads the portfolio; `region` is the loaded region file (nil when it had errors).
    func load(_ root: YAMLValue, region: Region?, regionPath: String?, skipping: inout Set<String>) -> Portfolio? {
        guard let map = root.mapping(allowed: Self.topKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let title = map.required("title")?.localizedText()
        _ = map.required("region")
        let illustrative = map.optional("illustrative")?.bool() ?? false
        let notice = map.optional("notice")?.localizedText()
        let ids = region?.municipalities.map(\.id)
        let costKey = ids.flatMap { map.optional("costKey")?.costKey(municipalities: $0) }

        var services: [PortfolioService] = []
        var seen: [String: Int] = [:]
        var written: [String] = []
        if let list = map.required("services")?.list() {
            if list.isEmpty { log.error(.tooFewEntries(minimum: 1, found: 0), at: map.keyLocation("services")) }
            for entry in list {
                if let id = entry.node["id"]?.scalar { written.append(id) }
                guard let service = readService(entry, municipalities: ids, regionPath: regionPath, skipping: &skipping) else {
                    continue
                }
                if let first = seen[service.id.rawValue] {
                    log.error(.duplicateID(id: service.id.rawValue, firstLine: first), at: entry.location)
                    continue
                }
                seen[service.id.rawValue] = entry.location.line
                services.append(service)
            }
        }
        let rules = map.optional("rules").flatMap { readRules($0, services: written, municipalities: ids) } ?? PortfolioRules()
        guard let id, let title, let region else { return nil }
        var balanceCriteria: [Criterion] = []
        for service in services {
            for criterion in cases.values[service.id]?.template.criteria ?? [] {
                guard case let .hostedShareGap(basis)? = criterion.computed else { continue }
                let known = balanceCriteria.contains {
                    if case .hostedShareGap(basis)? = $0.computed { return true }
                    return false
                }
                if !known { balanceCriteria.append(criterion) }
            }
        }
        return Portfolio(
            id: id, title: title, region: region, notice: notice, illustrative: illustrative, services: services, rules: rules,
            costKey: costKey, balanceCriteria: balanceCriteria)
    }

    private func readService(
        _ value: YAMLValue, municipalities: [Municipality.ID]?, regionPath: String?, skipping: inout Set<String>
    ) -> PortfolioService? {
        guard let map = value.mapping(allowed: Self.serviceKeys) else { return nil }
        let id = map.required("id")?.identifier()
        var name = map.optional("name")?.localizedText()
        // `fte:` written but empty is left to fill in, not an error.
        let fteLeft = map.contains("fte") && map.optional("fte") == nil
        if fteLeft { log.warning(.missingFTE(service: id ?? "?"), at: map.keyLocation("fte")) }
        let fte = fteLeft ? nil : map.required("fte")?.finiteNumber(minimum: 0, maximum: 100_000)
        let budget = map.optional("budget")?.finiteNumber(minimum: 0)
        let fteAt = map.optional("fteAt").flatMap { perMunicipality($0, municipalities: municipalities, maximum: nil) }
        let importance = map.optional("importance")?.finiteNumber(minimum: 0, maximum: 1_000) ?? 1
        let costKey = municipalities.flatMap { map.optional("costKey")?.costKey(municipalities: $0) }
        let sources = ["host", "values", "case"].filter { map.optional($0) != nil }
        guard sources.count == 1 else {
            log.error(.serviceNeedsOneSource(service: id ?? "?"), at: value.location)
            return nil
        }
        var status = PortfolioService.Status.open
        var values: [Municipality.ID: Double] = [:]
        var source = PortfolioService.ValueSource.inline
        var hasDecidedValue = false
        switch sources[0] {
        case "host":
            guard let node = map.optional("host"),
                let host = municipalities.map({ node.reference(to: .municipality, in: $0) }) ?? node.uncheckedReference()
            else { return nil }
            status = .decided(host: host)
            let given = map.optional("value")?.finiteNumber(minimum: 0, maximum: 100)
            hasDecidedValue = given != nil
            values[host] = given ?? 0
        case "values":
            guard let node = map.optional("values"),
                let table = perMunicipality(node, municipalities: municipalities, maximum: 100, service: id ?? "?")
            else {
                return nil
            }
            values = table
            if table.isEmpty, node.entries()?.isEmpty == true {
                log.error(.tooFewEntries(minimum: 1, found: 0), at: map.keyLocation("values"))
            }
        default:
            guard let node = map.optional("case"), let reference = node.string() else { return nil }
            let casePath = Loader.resolvePath(reference, relativeTo: path)
            let sub = DiagnosticLog()
            let parts = Loader.readCase(at: casePath, log: sub, skipping: &skipping)
            for diagnostic in sub.diagnostics {
                if case .fileNotFound = diagnostic.problem {
                    log.append(Diagnostic(diagnostic.problem, at: node.location, severity: diagnostic.severity))
                } else {
                    log.append(diagnostic)
                }
            }
            guard let parts, !sub.hasErrors else { return nil }
            files.add(parts.files)
            if let regionPath, let caseRegion = parts.regionFile?.path, Loader.normalize(caseRegion) != Loader.normalize(regionPath) {
                log.error(.caseRegionMismatch(casePath: casePath, caseRegion: caseRegion, portfolioRegion: regionPath), at: node.location)
                return nil
            }
            let loaded = LoadedCase(case: parts.case, template: parts.template, region: parts.region, files: parts.files, warnings: [])
            guard let weights = try? WeightSet(template: parts.template, overrides: parts.case.weightOverrides) else { return nil }
            let evaluation = Evaluator.evaluate(loaded, weights: weights)
            for result in evaluation.ranked { values[result.municipality.id] = result.total }
            if values.isEmpty {
                log.error(.noEligibleHost(service: id ?? "?"), at: node.location)
                return nil
            }
            if name == nil { name = parts.case.service.name }
            if let id { cases.values[PortfolioService.ID(id)] = loaded }
            source = .case(path: reference, id: parts.case.id)
        }
        if name == nil { log.error(.missingKey(key: "name"), at: value.location) }
        guard let id, let name, let fte else { return nil }
        return PortfolioService(
            id: PortfolioService.ID(id), name: name, fte: fte, budget: budget, importance: importance, status: status, values: values,
            valueSource: source, costKey: costKey, hasDecidedValue: hasDecidedValue, fteAt: fteAt)
    }

    /// `{ municipality: number }`: unknown municipalities are reported with the closest
    /// known one; numbers must be ≥ 0 (and ≤ `maximum`).
    /// A municipality listed without a number under a service's values (`service` given)
    /// is left to fill in: a warning, and no table until it is filled in.
    private func perMunicipality(_ value: YAMLValue, municipalities: [Municipality.ID]?, maximum: Double?, service: String? = nil)
        -> [Municipality.ID: Double]?
    {
        guard let entries = value.entries() else { return nil }
        var table: [Municipality.ID: Double] = [:]
        table.reserveCapacity(entries.count)
        var left = false
        let known = municipalities.map(Set.init)
        for (key, location, node) in entries {
            let municipality = Municipality.ID(key)
            if let municipalities, let known, !known.contains(municipality) {
                let keyed = Set(entries.map(\.key))
                let open = municipalities.rawValues().filter { !keyed.contains($0) }
                log.error(
                    .unknownReference(kind: .municipality, id: key, suggestion: Suggestion.closest(to: key, in: open)),
                    at: location)
                continue
            }
            if let service, node.isNull {
                log.warning(.missingValue(service: service, municipality: key), at: location)
                left = true
                continue
            }
            if let number = node.finiteNumber(minimum: 0, maximum: maximum) { table[municipality] = number }
        }
        return left ? nil : table
    }

    private func readRules(_ value: YAMLValue, services: [String], municipalities: [Municipality.ID]?) -> PortfolioRules? {
        guard let map = value.mapping(allowed: Self.ruleKeys) else { return nil }
        var rules = PortfolioRules()
        if let node = map.optional("balance"), let band = node.mapping(allowed: ["relative", "absolute", "municipalities"]) {
            let relative = band.required("relative")?.finiteNumber(minimum: 0, maximum: 1000)
            let absolute = band.optional("absolute")?.finiteNumber(minimum: 0, maximum: 100_000) ?? 0
            var only: [Municipality.ID]?
            if let list = band.optional("municipalities")?.list() {
                only = list.compactMap { item in municipalities.map { item.reference(to: .municipality, in: $0) } ?? item.uncheckedReference() }
            }
            if let relative { rules.balance = .init(relative: relative / 100, absolute: absolute, municipalities: only) }
        }
        if let list = map.optional("fte")?.list() {
            for entry in list {
                guard let bound = entry.mapping(allowed: ["municipality", "min", "max"]) else { continue }
                let municipality = bound.required("municipality").flatMap { node in
                    municipalities.map { node.reference(to: .municipality, in: $0) } ?? node.uncheckedReference()
                }
                let minimum = bound.optional("min")?.finiteNumber(minimum: 0, maximum: 100_000)
                let maximum = bound.optional("max")?.finiteNumber(minimum: 0, maximum: 100_000)
                if minimum == nil, maximum == nil { log.error(.missingKey(key: "min"), at: entry.location) }
                if let minimum, let maximum, minimum > maximum {
                    log.error(.boundsContradict(minimum: minimum, maximum: maximum), at: entry.location)
                    continue
                }
                if let municipality { rules.fteBounds.append(.init(municipality: municipality, minimum: minimum, maximum: maximum)) }
            }
        }
        if let node = map.optional("services"), let count = node.mapping(allowed: ["min", "max"]) {
            let minimum = count.optional("min")?.integer(in: 0...100_000)
            let maximum = count.optional("max")?.integer(in: 0...100_000)
            if let minimum, let maximum, minimum > maximum {
                log.error(.boundsContradict(minimum: Double(minimum), maximum: Double(maximum)), at: node.location)
            } else if (minimum ?? 0) < 0 || (maximum ?? 0) < 0 {
                log.error(.valueOutOfRange(value: Double(min(minimum ?? 0, maximum ?? 0)), minimum: 0, maximum: nil), at: node.location)
            } else {
                rules.serviceCount = .init(minimum: minimum, maximum: maximum)
            }
        }
        rules.together = readPairs(map.optional("together"), services: services)
        rules.apart = readPairs(map.optional("apart"), services: services)
        return rules
    }

    private func readPairs(_ value: YAMLValue?, services: [String]) -> [PortfolioRules.Pair] {
        guard let list = value?.list() else { return [] }
        return list.compactMap { entry in
            guard let map = entry.mapping(allowed: ["services", "reason"]), let items = map.required("services")?.list() else {
                return nil
            }
            let reason = map.optional("reason")?.localizedText()
            guard items.count == 2 else {
                log.error(.tooFewEntries(minimum: 2, found: items.count), at: map.keyLocation("services"))
                return nil
            }
            let ids = items.compactMap { $0.reference(to: .service, in: services) }
            guard ids.count == 2 else { return nil }
            if ids[0] == ids[1] {
                log.error(.pairWithItself(service: ids[0]), at: map.keyLocation("services"))
                return nil
            }
            return PortfolioRules.Pair(PortfolioService.ID(ids[0]), PortfolioService.ID(ids[1]), reason: reason)
        }
    }
}
