/// Reads an evaluation template (`kind: template`) and checks it.
struct TemplateLoader {
    let log: DiagnosticLog

    static let topKeys = ["kind", "id", "version", "status", "title", "notice", "adoption", "groups", "knockouts", "uncertainty"]
    static let groupKeys = ["id", "name", "criteria"]
    static let criterionKeys = ["id", "name", "question", "weight", "weightRange", "scale", "measure"]
    static let measureKeys = ["unit", "direction", "computed", "basis", "linear", "piecewise", "decimals"]

    func load(_ root: YAMLValue) -> Template? {
        guard let map = root.mapping(allowed: Self.topKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let version = map.required("version")?.nonEmptyString()
        let title = map.required("title")?.localizedText()
        let status = map.required("status").flatMap { $0.enumValue(Template.Status.self, kind: .status) }
        let notice = map.optional("notice")?.localizedText()
        let adoption = map.optional("adoption")?.adoption()

        var groups: [CriterionGroup] = []
        var criteria: [Criterion] = []
        var seenGroups: [String: Int] = [:]
        var seenCriteria: [Criterion.ID: Int] = [:]
        var incomplete = false
        if let list = map.required("groups")?.list() {
            if list.isEmpty { log.error(.tooFewEntries(minimum: 1, found: 0), at: map.keyLocation("groups")) }
            for entry in list {
                guard let groupMap = entry.mapping(allowed: Self.groupKeys) else { continue }
                let groupID = groupMap.required("id")?.identifier()
                let name = groupMap.required("name")?.localizedText()
                if let groupID {
                    if let first = seenGroups[groupID] {
                        log.error(.duplicateID(id: groupID, firstLine: first), at: groupMap.keyLocation("id"))
                    } else {
                        seenGroups[groupID] = groupMap.keyLocation("id").line
                    }
                }
                if let groupID, let name { groups.append(CriterionGroup(id: groupID, name: name)) }
                guard let criterionList = groupMap.required("criteria")?.list() else { continue }
                if criterionList.isEmpty {
                    log.error(.tooFewEntries(minimum: 1, found: 0), at: groupMap.keyLocation("criteria"))
                }
                for item in criterionList {
                    guard let criterion = readCriterion(item, group: groupID ?? "") else {
                        incomplete = true
                        continue
                    }
                    if let first = seenCriteria[criterion.id] {
                        log.error(.duplicateID(id: criterion.id.rawValue, firstLine: first), at: item.location)
                        incomplete = true
                        continue
                    }
                    seenCriteria[criterion.id] = item.location.line
                    criteria.append(criterion)
                }
            }
        }
        if !incomplete { checkWeights(criteria, at: map.keyLocation("groups")) }

        var knockouts: [KnockoutRule] = []
        if let list = map.optional("knockouts")?.list() {
            var seen: [String: Int] = [:]
            for entry in list {
                guard let rule = readKnockout(entry, criteria: criteria) else { continue }
                if let first = seen[rule.id] {
                    log.error(.duplicateID(id: rule.id, firstLine: first), at: entry.location)
                    continue
                }
                seen[rule.id] = entry.location.line
                knockouts.append(rule)
            }
        }

        var uncertainty = WeightUncertainty.exact
        if let node = map.optional("uncertainty"), let block = node.mapping(allowed: ["weights"]),
            let weights = block.required("weights")
        {
            uncertainty = weights.weightUncertainty() ?? .exact
        }
        guard let id, let version, let title, let status else { return nil }
        return Template(
            id: id, version: version, title: title, status: status, notice: notice, adoption: adoption,
            groups: groups, criteria: criteria, knockouts: knockouts, weightUncertainty: uncertainty)
    }

    private func checkWeights(_ criteria: [Criterion], at location: SourceLocation) {
        guard !criteria.isEmpty else { return }
        let sum = criteria.reduce(0) { $0 + $1.weight }
        if sum <= 0 {
            log.error(.weightsAllZero, at: location)
        } else if abs(sum - 100) > 1e-9 {
            log.warning(.weightsDoNotSumTo100(sum: sum), at: location)
        }
    }

    private func readCriterion(_ value: YAMLValue, group: String) -> Criterion? {
        guard let map = value.mapping(allowed: Self.criterionKeys) else { return nil }
        let id = map.required("id")?.identifier()
        let name = map.required("name")?.localizedText()
        let question = map.required("question")?.localizedText()
        let weight = map.required("weight").flatMap { readWeight($0) }
        let scaleNode = map.optional("scale")
        let measureNode = map.optional("measure")
        var scoring: Criterion.Scoring?
        switch (scaleNode, measureNode) {
        case let (scale?, nil):
            scoring = readScale(scale).map(Criterion.Scoring.scale)
        case let (nil, measure?):
            scoring = readMeasure(measure).map(Criterion.Scoring.measure)
        default:
            log.error(.criterionNeedsScaleOrMeasure(criterion: id ?? "?"), at: value.location)
        }
        var range: ClosedRange<Double>?
        if let node = map.optional("weightRange"), let bounds = node.mapping(allowed: ["low", "high"]),
            let low = bounds.required("low").flatMap({ readWeight($0) }), let high = bounds.required("high").flatMap({ readWeight($0) })
        {
            if low > high {
                log.error(.boundsContradict(minimum: low, maximum: high), at: node.location)
            } else if let weight, !(low...high).contains(weight) {
                log.error(.valueOutOfRange(value: weight, minimum: low, maximum: high), at: map.keyLocation("weight"))
            } else {
                range = low...high
            }
        }
        guard let id, let name, let question, let weight, let scoring else { return nil }
        return Criterion(id: Criterion.ID(id), group: group, name: name, question: question, weight: weight, scoring: scoring, weightRange: range)
    }

    /// A weight in points: finite, not negative, at most `WeightSet.maximumPoints`.
    func readWeight(_ value: YAMLValue) -> Double? {
        guard let number = value.number() else { return nil }
        guard number.isFinite, number >= 0, number <= WeightSet.maximumPoints else {
            log.error(.invalidWeight(value: value.display), at: value.location)
            return nil
        }
        return number
    }

    private func readScale(_ value: YAMLValue) -> OrdinalScale? {
        guard let map = value.mapping(allowed: ["levels"]), let list = map.required("levels")?.list() else {
            return nil
        }
        var raw: [(level: Int, label: LocalizedText, value: Double?, location: SourceLocation)] = []
        var ok = true
        for entry in list {
            guard let levelMap = entry.mapping(allowed: ["level", "label", "value"]) else {
                ok = false
                continue
            }
            let level = levelMap.required("level")?.integer(in: -1000...1000)
            let label = levelMap.required("label")?.localizedText()
            var score: Double?
            if let node = levelMap.optional("value") {
                score = node.finiteNumber(minimum: 0, maximum: 100)
                if score == nil { ok = false }
            }
            guard let level, let label else {
                ok = false
                continue
            }
            raw.append((level, label, score, entry.location))
        }
        let numbers = raw.map(\.level)
        if Set(numbers).count != numbers.count || numbers.count < 2 {
            log.error(.scaleInvalid(levels: numbers), at: map.keyLocation("levels"))
            return nil
        }
        guard ok, let lo = numbers.min(), let hi = numbers.max() else { return nil }
        let levels = raw.map { entry in
            OrdinalScale.Level(
                level: entry.level, label: entry.label,
                value: entry.value ?? 100 * Double(entry.level - lo) / Double(hi - lo))
        }
        let scale = OrdinalScale(levels: levels)
        for (a, b) in zip(scale.levels, scale.levels.dropFirst()) where b.value < a.value {
            log.error(.piecewiseNotMonotone(direction: .higherIsBetter), at: map.keyLocation("levels"))
            return nil
        }
        return scale
    }

    private func readMeasure(_ value: YAMLValue) -> Measure? {
        guard let map = value.mapping(allowed: Self.measureKeys) else { return nil }
        let unit = map.required("unit")?.localizedText()
        let direction = map.required("direction").flatMap { $0.enumValue(Direction.self, kind: .direction) }
        let decimals = map.optional("decimals")?.integer(in: 0...4) ?? 1
        var computed: ComputedMeasure?
        if let node = map.optional("computed") {
            switch node.string() {
            case "populationWeightedTravelTime":
                computed = .populationWeightedTravelTime
            case "hostedShareGap":
                let basis =
                    map.optional("basis").flatMap {
                        $0.enumValue(ComputedMeasure.HostingBasis.self, kind: .basis)
                    } ?? .arrangements
                computed = .hostedShareGap(basis: basis)
            case let other?:
                let known = ["populationWeightedTravelTime", "hostedShareGap"]
                log.error(
                    .unknownReference(kind: .computedMeasure, id: other, suggestion: Suggestion.closest(to: other, in: known)),
                    at: node.location)
            case nil:
                break
            }
        }
        var function: ValueFunction?
        switch (map.optional("linear"), map.optional("piecewise")) {
        case let (linear?, nil):
            function = direction.flatMap { readLinear(linear, direction: $0) }
        case let (nil, piecewise?):
            function = direction.flatMap { readPiecewise(piecewise, direction: $0) }
        default:
            log.error(.missingKey(key: "linear"), at: value.location)
        }
        guard let unit, let direction, let function else { return nil }
        return Measure(unit: unit, direction: direction, valueFunction: function, computed: computed, decimals: decimals)
    }

    private func readLinear(_ value: YAMLValue, direction: Direction) -> ValueFunction? {
        guard let map = value.mapping(allowed: ["worst", "best"]) else { return nil }
        guard let worst = map.required("worst")?.finiteNumber(), let best = map.required("best")?.finiteNumber() else {
            return nil
        }
        if worst == best {
            log.error(.valueFunctionDegenerate(worst: worst), at: value.location)
            return nil
        }
        if (direction == .lowerIsBetter) != (worst > best) {
            log.error(.valueFunctionDirection(direction: direction, worst: worst, best: best), at: value.location)
            return nil
        }
        return .linear(worst: worst, best: best)
    }

    private func readPiecewise(_ value: YAMLValue, direction: Direction) -> ValueFunction? {
        guard let list = value.list() else { return nil }
        var points: [ValueFunction.Point] = []
        for entry in list {
            guard let map = entry.mapping(allowed: ["x", "value"]) else { return nil }
            guard let x = map.required("x")?.finiteNumber(),
                let v = map.required("value")?.finiteNumber(minimum: 0, maximum: 100)
            else { return nil }
            if let previous = points.last, x <= previous.x {
                log.error(.piecewiseNotIncreasing(previous: previous.x, found: x), at: entry.location)
                return nil
            }
            points.append(.init(x: x, value: v))
        }
        if points.count < 2 {
            log.error(.tooFewEntries(minimum: 2, found: points.count), at: value.location)
            return nil
        }
        let rising = zip(points, points.dropFirst()).allSatisfy { $1.value >= $0.value }
        let falling = zip(points, points.dropFirst()).allSatisfy { $1.value <= $0.value }
        if (direction == .higherIsBetter && !rising) || (direction == .lowerIsBetter && !falling) {
            log.error(.piecewiseNotMonotone(direction: direction), at: value.location)
            return nil
        }
        if let first = points.first, let last = points.last, first.value == last.value {
            log.error(.valueFunctionDegenerate(worst: first.value), at: value.location)
            return nil
        }
        return .piecewise(points)
    }

    private func readKnockout(_ value: YAMLValue, criteria: [Criterion]) -> KnockoutRule? {
        guard let map = value.mapping(allowed: ["id", "kind", "text", "criterion", "level", "limit"]) else { return nil }
        let id = map.required("id")?.identifier()
        let text = map.required("text")?.localizedText()
        var kind: KnockoutRule.Kind?
        if let kindNode = map.required("kind"), let name = kindNode.string() {
            let known = ["declaredWillingness", "minimumLevel", "worstAcceptable"]
            switch name {
            case "declaredWillingness":
                kind = .declaredWillingness
            case "minimumLevel":
                if let criterion = readCriterionReference(map, criteria: criteria), let levelNode = map.required("level"),
                    let level = levelNode.integer()
                {
                    if let scale = criterion.scale {
                        if !scale.levelNumbers.contains(level) {
                            log.error(.levelOutOfScale(level: level, levels: scale.levelNumbers), at: levelNode.location)
                        } else {
                            kind = .minimumLevel(criterion: criterion.id, level: level)
                        }
                    } else {
                        log.error(.knockoutCriterionKind(criterion: criterion.id.rawValue, expected: .level), at: map.keyLocation("criterion"))
                    }
                }
            case "worstAcceptable":
                if let criterion = readCriterionReference(map, criteria: criteria), let limit = map.required("limit")?.finiteNumber() {
                    if criterion.measure != nil {
                        kind = .worstAcceptable(criterion: criterion.id, limit: limit)
                    } else {
                        log.error(.knockoutCriterionKind(criterion: criterion.id.rawValue, expected: .measure), at: map.keyLocation("criterion"))
                    }
                }
            default:
                log.error(
                    .unknownReference(kind: .knockoutKind, id: name, suggestion: Suggestion.closest(to: name, in: known)),
                    at: kindNode.location)
            }
        }
        guard let id, let text, let kind else { return nil }
        return KnockoutRule(id: id, text: text, kind: kind)
    }

    private func readCriterionReference(_ map: MappingReader, criteria: [Criterion]) -> Criterion? {
        guard let node = map.required("criterion"), let id = node.string() else { return nil }
        guard let criterion = criteria.first(where: { $0.id.rawValue == id }) else {
            log.error(
                .unknownReference(kind: .criterion, id: id, suggestion: Suggestion.closest(to: id, in: criteria.map(\.id.rawValue))),
                at: node.location)
            return nil
        }
        return criterion
    }
}
