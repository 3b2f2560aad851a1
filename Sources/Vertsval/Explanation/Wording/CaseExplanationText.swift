/// The wording of the case explanation (`CaseExplanation`, `ScoreSwap.Option.text`): every
/// sentence and fragment, in nn, nb and en. Figures come formatted from the writer.
enum CaseExplanationText: Equatable {
    case withScenarioWeights(scenario: String)
    case withRunWeights
    case withCaseWeights
    case byTemplate
    case withScenarioScores(scenario: String)
    case withRunScores
    case withScenarioWeightsAndScores(scenario: String)
    case withRunWeightsAndScores
    case andScenarioScores(basis: String, scenario: String)
    case andRunScores(basis: String)
    case templateWeightsReference
    case filedScoresReference
    case filedScoresAndTemplateWeightsReference
    case templateLeavesNoCandidate(reference: String)
    case templateOnlyCandidate(reference: String, leader: String)
    case templateAlsoBest(reference: String, leader: String, margin: String, runnerUp: String)
    case templateBest(reference: String, leader: String, margin: String, runnerUp: String)
    case boardAdvises
    case illustrativeScores
    case noCandidateNoHost
    case practicallyLevelAsHost(basis: String, leader: String, runnerUp: String, service: String)
    case onlyRemainingHost(basis: String, leader: String, service: String)
    case comesOutBest(basis: String, leader: String, service: String, margin: String, runnerUp: String)
    case noCandidateToRank
    case onlyRemaining(leader: String, total: String)
    case practicallyLevel(leader: String, runnerUp: String, total: String, runnerUpTotal: String)
    case ranksFirst(leader: String, total: String, margin: String, runnerUp: String, runnerUpTotal: String)
    case nextComePrefix
    case leaderDominates(leader: String, runnerUp: String)
    case declinedToHost
    case notDeclaredWilling
    case belowMinimumLevel(level: Int, criterion: String, minimum: Int)
    case worseThanLimit(value: String, criterion: String, limit: String)
    case excludedBecause(municipality: String, reasons: String)
    case totalShownNotRanked(total: String)
    case gainsMost(leader: String, criteria: String)
    case shareOfLead(share: String, gross: String, leader: String)
    case winsBack(runnerUp: String, wonBack: String, criteria: String)
    case runnerUpNowhereBetter(runnerUp: String, leader: String)
    case noSingleCriterionDecides(leader: String)
    case leadDecides(criterion: String, runnerUp: String)
    case eachCriterionDecides(runnerUp: String, criteria: String)
    case smallestWeightChange(runnerUp: String, raise: Bool, criterion: String, now: String, at: String)
    case overtakesFirst(other: String, leader: String, weight: String)
    case noWeightAlone(criteria: String, runnerUp: String)
    case noWeightChange(runnerUp: String)
    case smallestScoreChangePrefix(newLeader: String)
    case noScoreChange(runnerUp: String)
    case levelChangeShort(municipality: String, from: Int, to: Int)
    case levelChange(municipality: String, from: Int, to: Int, criterion: String)
    case above
    case below
    case measureChangeShort(municipality: String, bound: String, to: String, unit: String, from: String)
    case measureChange(municipality: String, bound: String, to: String, unit: String, criterion: String, from: String)
    case travelTimeComputed(criterion: String, count: Int, values: String)
    case travelTimesEstimated
    case hostedShare(municipality: String, amount: String, total: String, share: String, population: String)
    case fteWithKnownHost
    case arrangementsWithKnownHost
    case hostedShareGapComputed(criterion: String, hosting: String, shares: String, values: String)
    case stepsAside
    case notDisqualified
    case disqualificationUndecided
    case disqualificationDecidedByBody
    case templateWeights
    case caseChangesWeight(criterion: String, from: String, to: String, points: String, reason: String)
    case scenarioChangesWeight(scenario: String, criterion: String, from: String, to: String, points: String, reason: String)
    case runChangesWeight(criterion: String, from: String, to: String, points: String)
    case weightsRescaled

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .withScenarioWeights(scenario):
            return t.pick(
                nn: "Med vektene i scenarioet «\(scenario)»", nb: "Med vektene i scenarioet «\(scenario)»",
                en: "With the weights of the scenario '\(scenario)'")
        case .withRunWeights:
            return t.pick(
                nn: "Med vektene som er endra for denne køyringa", nb: "Med vektene som er endret for denne kjøringen",
                en: "With the weights changed for this run")
        case .withCaseWeights:
            return t.pick(
                nn: "Med vektene saka set (endra frå malen)", nb: "Med vektene saken setter (endret fra malen)",
                en: "With the weights set by the case (changed from the template)")
        case .byTemplate:
            return t.pick(nn: "Etter vurderingsmalen", nb: "Etter vurderingsmalen", en: "By the evaluation template")
        case let .withScenarioScores(scenario):
            return t.pick(
                nn: "Med skårane i scenarioet «\(scenario)»", nb: "Med skårene i scenarioet «\(scenario)»",
                en: "With the scores of the scenario '\(scenario)'")
        case .withRunScores:
            return t.pick(
                nn: "Med skårane som er endra for denne køyringa", nb: "Med skårene som er endret for denne kjøringen",
                en: "With the scores changed for this run")
        case let .withScenarioWeightsAndScores(scenario):
            return t.pick(
                nn: "Med vektene og skårane i scenarioet «\(scenario)»", nb: "Med vektene og skårene i scenarioet «\(scenario)»",
                en: "With the weights and scores of the scenario '\(scenario)'")
        case .withRunWeightsAndScores:
            return t.pick(
                nn: "Med vektene og skårane som er endra for denne køyringa", nb: "Med vektene og skårene som er endret for denne kjøringen",
                en: "With the weights and scores changed for this run")
        case let .andScenarioScores(basis, scenario):
            return t.pick(
                nn: "\(basis) og skårane i scenarioet «\(scenario)»", nb: "\(basis) og skårene i scenarioet «\(scenario)»",
                en: "\(basis) and the scores of the scenario '\(scenario)'")
        case let .andRunScores(basis):
            return t.pick(
                nn: "\(basis) og skårane som er endra for denne køyringa", nb: "\(basis) og skårene som er endret for denne kjøringen",
                en: "\(basis) and the scores changed for this run")
        case .templateWeightsReference:
            return t.pick(nn: "Med vektene i malen", nb: "Med vektene i malen", en: "With the template's weights")
        case .filedScoresReference:
            return t.pick(nn: "Med skårane i saka", nb: "Med skårene i saken", en: "With the case's own scores")
        case .filedScoresAndTemplateWeightsReference:
            return t.pick(
                nn: "Med skårane i saka og vektene i malen", nb: "Med skårene i saken og vektene i malen",
                en: "With the case's own scores and the template's weights")
        case let .templateLeavesNoCandidate(reference):
            return t.pick(
                nn: "\(reference) står ingen kandidat att.", nb: "\(reference) står ingen kandidat igjen.",
                en: "\(reference) no candidate remains.")
        case let .templateOnlyCandidate(reference, leader):
            return t.pick(
                nn: "\(reference) er \(leader) einaste kandidat.", nb: "\(reference) er \(leader) eneste kandidat.",
                en: "\(reference) \(leader) is the only candidate.")
        case let .templateAlsoBest(reference, leader, margin, runnerUp):
            return t.pick(
                nn: "\(reference) kjem òg \(leader) best ut, \(margin) poeng føre \(runnerUp).",
                nb: "\(reference) kommer også \(leader) best ut, \(margin) poeng foran \(runnerUp).",
                en: "\(reference) \(leader) also comes out best, \(margin) points ahead of \(runnerUp).")
        case let .templateBest(reference, leader, margin, runnerUp):
            return t.pick(
                nn: "\(reference) kjem \(leader) best ut, \(margin) poeng føre \(runnerUp).",
                nb: "\(reference) kommer \(leader) best ut, \(margin) poeng foran \(runnerUp).",
                en: "\(reference) \(leader) comes out best, \(margin) points ahead of \(runnerUp).")
        case .boardAdvises:
            return t.pick(
                nn: "Styret gjev tilråding; kvar kommune vedtek sjølv vertskommuneavtalen (kommunelova §§ 20-2 og 20-3).",
                nb: "Styret gir tilrådning; hver kommune vedtar selv vertskommuneavtalen (kommuneloven §§ 20-2 og 20-3).",
                en: "The board gives advice; each municipal council adopts the host agreement itself (Local Government Act §§ 20-2 and 20-3).")
        case .illustrativeScores:
            return t.pick(
                nn: "Merk at skåringane i denne saka er illustrerande.", nb: "Merk at skåringene i denne saken er illustrerende.",
                en: "Note that the scores in this case are illustrative.")
        case .noCandidateNoHost:
            return t.pick(
                nn: "Ingen kandidat står att etter utelukkingsreglane i vurderingsmalen, så vurderinga peikar ikkje på nokon vertskommune.",
                nb: "Ingen kandidat står igjen etter utelukkingsreglene i vurderingsmalen, så vurderingen peker ikke på noen vertskommune.",
                en: "No candidate remains after the template's knock-out rules, so the assessment points to no host.")
        case let .practicallyLevelAsHost(basis, leader, runnerUp, service):
            return t.pick(
                nn:
                    "\(basis) står \(leader) og \(runnerUp) så godt som likt som vertskommune for \(service); valet må gjerast på andre grunnar enn summen av kriteria.",
                nb:
                    "\(basis) står \(leader) og \(runnerUp) så godt som likt som vertskommune for \(service); valget må gjøres på andre grunner enn summen av kriteriene.",
                en:
                    "\(basis), \(leader) and \(runnerUp) are practically level as host for \(service); the choice must rest on other grounds than the sum of the criteria."
            )
        case let .onlyRemainingHost(basis, leader, service):
            return t.pick(
                nn: "\(basis) er \(leader) einaste kandidat som står att som vertskommune for \(service).",
                nb: "\(basis) er \(leader) eneste kandidat som står igjen som vertskommune for \(service).",
                en: "\(basis), \(leader) is the only remaining candidate to host \(service).")
        case let .comesOutBest(basis, leader, service, margin, runnerUp):
            return t.pick(
                nn: "\(basis) kjem \(leader) best ut som vertskommune for \(service), \(margin) poeng føre \(runnerUp) på ein skala frå 0 til 100.",
                nb: "\(basis) kommer \(leader) best ut som vertskommune for \(service), \(margin) poeng foran \(runnerUp) på en skala fra 0 til 100.",
                en: "\(basis), \(leader) comes out best as host for \(service), \(margin) points ahead of \(runnerUp) on a scale from 0 to 100.")
        case .noCandidateToRank:
            return t.pick(
                nn: "Ingen kandidat står att etter utelukkingsreglane, så ingen kan rangerast.",
                nb: "Ingen kandidat står igjen etter utelukkingsreglene, så ingen kan rangeres.",
                en: "No candidate remains after the knock-out rules, so none can be ranked.")
        case let .onlyRemaining(leader, total):
            return t.pick(
                nn: "\(leader) er einaste kandidat som står att, med \(total) av 100 poeng.",
                nb: "\(leader) er eneste kandidat som står igjen, med \(total) av 100 poeng.",
                en: "\(leader) is the only remaining candidate, with \(total) of 100 points.")
        case let .practicallyLevel(leader, runnerUp, total, runnerUpTotal):
            return t.pick(
                nn: "\(leader) og \(runnerUp) står så godt som likt, med \(total) og \(runnerUpTotal) av 100 poeng.",
                nb: "\(leader) og \(runnerUp) står så godt som likt, med \(total) og \(runnerUpTotal) av 100 poeng.",
                en: "\(leader) and \(runnerUp) are practically level, with \(total) and \(runnerUpTotal) of 100 points.")
        case let .ranksFirst(leader, total, margin, runnerUp, runnerUpTotal):
            return t.pick(
                nn: "\(leader) er rangert først med \(total) av 100 poeng, \(margin) poeng føre \(runnerUp) (\(runnerUpTotal)).",
                nb: "\(leader) er rangert først med \(total) av 100 poeng, \(margin) poeng foran \(runnerUp) (\(runnerUpTotal)).",
                en: "\(leader) ranks first with \(total) of 100 points, \(margin) points ahead of \(runnerUp) (\(runnerUpTotal)).")
        case .nextComePrefix:
            return t.pick(nn: "Deretter kjem ", nb: "Deretter kommer ", en: "Next come ")
        case let .leaderDominates(leader, runnerUp):
            return t.pick(
                nn: "\(leader) er minst like god som \(runnerUp) på alle kriteria, så ingen vekting kan setje \(runnerUp) først.",
                nb: "\(leader) er minst like god som \(runnerUp) på alle kriteriene, så ingen vekting kan sette \(runnerUp) først.",
                en: "\(leader) is at least as good as \(runnerUp) on every criterion, so no weighting can put \(runnerUp) first.")
        case .declinedToHost:
            return t.pick(
                nn: "har sagt at han ikkje vil vere vertskommune", nb: "har sagt at den ikke vil være vertskommune",
                en: "has said it does not want to host")
        case .notDeclaredWilling:
            return t.pick(
                nn: "har ikkje sagt at han vil vere vertskommune", nb: "har ikke sagt at den vil være vertskommune",
                en: "has not declared that it wants to host")
        case let .belowMinimumLevel(level, criterion, minimum):
            return t.pick(
                nn: "har nivå \(level) på \(criterion), under minstekravet \(minimum)",
                nb: "har nivå \(level) på \(criterion), under minstekravet \(minimum)",
                en: "has level \(level) on \(criterion), below the minimum of \(minimum)")
        case let .worseThanLimit(value, criterion, limit):
            return t.pick(
                nn: "har \(value) på \(criterion), verre enn grensa \(limit)", nb: "har \(value) på \(criterion), verre enn grensen \(limit)",
                en: "has \(value) on \(criterion), worse than the limit of \(limit)")
        case let .excludedBecause(municipality, reasons):
            return t.pick(
                nn: "\(municipality) fell ut fordi kommunen \(reasons). Regel: ", nb: "\(municipality) faller ut fordi kommunen \(reasons). Regel: ",
                en: "\(municipality) is excluded because it \(reasons). Rule: ")
        case let .totalShownNotRanked(total):
            return t.pick(
                nn: " Totalen på \(total) poeng er vist, men ikkje rangert.", nb: " Totalen på \(total) poeng er vist, men ikke rangert.",
                en: " Its total of \(total) points is shown but not ranked.")
        case let .gainsMost(leader, criteria):
            return t.pick(
                nn: "\(leader) vinn mest på \(criteria).", nb: "\(leader) vinner mest på \(criteria).", en: "\(leader) gains most on \(criteria).")
        case let .shareOfLead(share, gross, leader):
            return t.pick(
                nn: "Desse står for \(share) av i alt \(gross) poeng i \(leader) sin favør.",
                nb: "Disse står for \(share) av i alt \(gross) poeng i \(leader)s favør.",
                en: "These account for \(share) of the \(gross) points in \(leader)'s favour.")
        case let .winsBack(runnerUp, wonBack, criteria):
            return t.pick(
                nn: "\(runnerUp) tek att \(wonBack) poeng, mest på \(criteria).", nb: "\(runnerUp) tar igjen \(wonBack) poeng, mest på \(criteria).",
                en: "\(runnerUp) wins back \(wonBack) points, most on \(criteria).")
        case let .runnerUpNowhereBetter(runnerUp, leader):
            return t.pick(
                nn: "\(runnerUp) er ikkje betre enn \(leader) på noko kriterium.", nb: "\(runnerUp) er ikke bedre enn \(leader) på noe kriterium.",
                en: "\(runnerUp) is not better than \(leader) on any criterion.")
        case let .noSingleCriterionDecides(leader):
            return t.pick(
                nn: "Ikkje noko enkeltkriterium avgjer åleine: \(leader) ville vore først sjølv utan forspranget på kvart av dei.",
                nb: "Ikke noe enkeltkriterium avgjør alene: \(leader) ville vært først selv uten forspranget på hvert av dem.",
                en: "No single criterion decides on its own: \(leader) would still be first without its lead on any one of them.")
        case let .leadDecides(criterion, runnerUp):
            return t.pick(
                nn: "Forspranget på \(criterion) avgjer: utan det ville \(runnerUp) vore først.",
                nb: "Forspranget på \(criterion) avgjør: uten det ville \(runnerUp) vært først.",
                en: "The lead on \(criterion) decides: without it, \(runnerUp) would be first.")
        case let .eachCriterionDecides(runnerUp, criteria):
            return t.pick(
                nn: "Kvart av desse kriteria avgjer åleine, i den forstand at \(runnerUp) ville vore først utan forspranget på det: \(criteria).",
                nb: "Hvert av disse kriteriene avgjør alene, i den forstand at \(runnerUp) ville vært først uten forspranget på det: \(criteria).",
                en: "Each of these criteria decides on its own, in that \(runnerUp) would be first without the lead on it: \(criteria).")
        case let .smallestWeightChange(runnerUp, raise, criterion, now, at):
            return t.pick(
                nn:
                    "Den minste vektendringa som set \(runnerUp) først, er å \(raise ? "auke" : "senke") vekta på \(criterion) frå \(now) til \(raise ? "meir" : "mindre") enn \(at) (dei andre vektene skalerte tilsvarande).",
                nb:
                    "Den minste vektendringen som setter \(runnerUp) først, er å \(raise ? "øke" : "senke") vekten på \(criterion) fra \(now) til \(raise ? "mer" : "mindre") enn \(at) (de andre vektene skalert tilsvarende).",
                en:
                    "The smallest weight change that puts \(runnerUp) first is to \(raise ? "raise" : "lower") the weight of \(criterion) from \(now) to \(raise ? "more" : "less") than \(at) (the other weights rescaled in proportion)."
            )
        case let .overtakesFirst(other, leader, weight):
            return t.pick(
                nn: "Før det skjer, går likevel \(other) forbi \(leader), ved \(weight).",
                nb: "Før det skjer, går likevel \(other) forbi \(leader), ved \(weight).",
                en: "Before that happens, \(other) overtakes \(leader), at \(weight).")
        case let .noWeightAlone(criteria, runnerUp):
            return t.pick(
                nn: "Ingen vekt mellom 0 og 100 % på \(criteria) kan åleine setje \(runnerUp) først.",
                nb: "Ingen vekt mellom 0 og 100 % på \(criteria) kan alene sette \(runnerUp) først.",
                en: "No weight between 0 and 100 % on \(criteria) can on its own put \(runnerUp) first.")
        case let .noWeightChange(runnerUp):
            return t.pick(
                nn: "Inga endring av vekta på eitt enkelt kriterium (dei andre skalerte tilsvarande) kan setje \(runnerUp) først.",
                nb: "Ingen endring av vekten på ett enkelt kriterium (de andre skalert tilsvarende) kan sette \(runnerUp) først.",
                en: "No change to the weight of a single criterion (the others rescaled in proportion) can put \(runnerUp) first.")
        case let .smallestScoreChangePrefix(newLeader):
            return t.pick(
                nn: "Den minste endringa av éin enkelt skår som set \(newLeader) først: ",
                nb: "Den minste endringen av én enkelt skår som setter \(newLeader) først: ",
                en: "The smallest change of a single score that puts \(newLeader) first: ")
        case let .noScoreChange(runnerUp):
            return t.pick(
                nn: "Inga enkelt endring av éin skår kan setje \(runnerUp) eller nokon annan først.",
                nb: "Ingen enkelt endring av én skår kan sette \(runnerUp) eller noen annen først.",
                en: "No single change of one score can put \(runnerUp) or anyone else first.")
        case let .levelChangeShort(municipality, from, to):
            return t.pick(
                nn: "\(municipality) frå nivå \(from) til \(to)", nb: "\(municipality) fra nivå \(from) til \(to)",
                en: "\(municipality) from level \(from) to \(to)")
        case let .levelChange(municipality, from, to, criterion):
            return t.pick(
                nn: "\(municipality) frå nivå \(from) til \(to) på \(criterion)", nb: "\(municipality) fra nivå \(from) til \(to) på \(criterion)",
                en: "\(municipality) from level \(from) to \(to) on \(criterion)")
        case .above:
            return t.pick(nn: "over", nb: "over", en: "above")
        case .below:
            return t.pick(nn: "under", nb: "under", en: "below")
        case let .measureChangeShort(municipality, bound, to, unit, from):
            return t.pick(
                nn: "\(municipality) frå \(from) til \(bound) \(to)\u{00A0}\(unit)",
                nb: "\(municipality) fra \(from) til \(bound) \(to)\u{00A0}\(unit)",
                en: "\(municipality) from \(from) to \(bound) \(to)\u{00A0}\(unit)")
        case let .measureChange(municipality, bound, to, unit, criterion, from):
            return t.pick(
                nn: "\(municipality) frå \(from) til \(bound) \(to)\u{00A0}\(unit) på \(criterion)",
                nb: "\(municipality) fra \(from) til \(bound) \(to)\u{00A0}\(unit) på \(criterion)",
                en: "\(municipality) from \(from) to \(bound) \(to)\u{00A0}\(unit) on \(criterion)")
        case let .travelTimeComputed(criterion, count, values):
            return t.pick(
                nn:
                    "\(criterion) er rekna ut frå regionfila som snittet av reisetida frå sentera i alle \(count) kommunane, vekta med folketal: \(values).",
                nb:
                    "\(criterion) er regnet ut fra regionfilen som snittet av reisetiden fra sentrene i alle \(count) kommunene, vektet med folketall: \(values).",
                en:
                    "\(criterion) is computed from the region file as the population-weighted average travel time from the centres of all \(count) municipalities: \(values)."
            )
        case .travelTimesEstimated:
            return t.pick(nn: "Reisetidene er anslag.", nb: "Reisetidene er anslag.", en: "The travel times are estimates.")
        case let .hostedShare(municipality, amount, total, share, population):
            return t.pick(
                nn: "\(municipality) er vert for \(amount) av \(total) (\(share)) med \(population) av folketalet",
                nb: "\(municipality) er vert for \(amount) av \(total) (\(share)) med \(population) av folketallet",
                en: "\(municipality) hosts \(amount) of \(total) (\(share)) with \(population) of the population")
        case .fteWithKnownHost:
            return t.pick(nn: "årsverka i ordningane", nb: "årsverkene i ordningene", en: "the FTE in the arrangements")
        case .arrangementsWithKnownHost:
            return t.pick(
                nn: "talet på ordningar, ikkje årsverk (kvar ordning tel éin gong, same kor mange årsverk ho har)",
                nb: "antall ordninger, ikke årsverk (hver ordning teller én gang, uansett hvor mange årsverk den har)",
                en: "the number of arrangements, not FTE (each counts once, however many FTE it has)")
        case let .hostedShareGapComputed(criterion, hosting, shares, values):
            return t.pick(
                nn:
                    "\(criterion) er rekna ut frå registeret over samarbeid i regionfila slik det er i dag (vedtekne og eksisterande ordningar med kjend vertskommune). Grunnlaget er \(hosting): \(shares). Skilnaden i prosentpoeng: \(values).",
                nb:
                    "\(criterion) er regnet ut fra registeret over samarbeid i regionfilen slik det er i dag (vedtatte og eksisterende ordninger med kjent vertskommune). Grunnlaget er \(hosting): \(shares). Forskjellen i prosentpoeng: \(values).",
                en:
                    "\(criterion) is computed from the region file's register of cooperation as it is today (decided and existing arrangements with a known host). The basis is \(hosting): \(shares). The difference in percentage points: \(values)."
            )
        case .stepsAside:
            return t.pick(
                nn: "Organet har vedteke at vedkomande går frå i saka.", nb: "Organet har vedtatt at vedkommende fratrer i saken.",
                en: "The body has decided that the person steps aside in this case.")
        case .notDisqualified:
            return t.pick(
                nn: "Organet har vedteke at vedkomande er habil.", nb: "Organet har vedtatt at vedkommende er habil.",
                en: "The body has decided that the person is not disqualified.")
        case .disqualificationUndecided:
            return t.pick(
                nn: "Organet har ikkje avgjort habiliteten enno.", nb: "Organet har ikke avgjort habiliteten ennå.",
                en: "The body has not yet decided on disqualification.")
        case .disqualificationDecidedByBody:
            return t.pick(
                nn:
                    "Spørsmålet om habilitet blir avgjort av organet sjølv (forvaltningslova § 6 og § 8); verktøyet registrerer erklæringane og tek ikkje stilling.",
                nb:
                    "Spørsmålet om habilitet avgjøres av organet selv (forvaltningsloven § 6 og § 8); verktøyet registrerer erklæringene og tar ikke stilling.",
                en:
                    "Disqualification is decided by the body itself (Public Administration Act §§ 6 and 8); the tool records the declarations and takes no position."
            )
        case .templateWeights:
            return t.pick(
                nn: "Vektene er dei same som i vurderingsmalen.", nb: "Vektene er de samme som i vurderingsmalen.",
                en: "The weights are those of the evaluation template.")
        case let .caseChangesWeight(criterion, from, to, points, reason):
            return t.pick(
                nn: "Saka endrar vekta på \(criterion) frå \(from) til \(to) (\(points) poeng). Grunngjeving: \(reason)",
                nb: "Saken endrer vekten på \(criterion) fra \(from) til \(to) (\(points) poeng). Begrunnelse: \(reason)",
                en: "The case changes the weight of \(criterion) from \(from) to \(to) (\(points) points). Reason: \(reason)")
        case let .scenarioChangesWeight(scenario, criterion, from, to, points, reason):
            return t.pick(
                nn: "Scenarioet «\(scenario)» endrar vekta på \(criterion) frå \(from) til \(to) (\(points) poeng). Grunngjeving: \(reason)",
                nb: "Scenarioet «\(scenario)» endrer vekten på \(criterion) fra \(from) til \(to) (\(points) poeng). Begrunnelse: \(reason)",
                en: "The scenario '\(scenario)' changes the weight of \(criterion) from \(from) to \(to) (\(points) points). Reason: \(reason)")
        case let .runChangesWeight(criterion, from, to, points):
            return t.pick(
                nn: "Vekta på \(criterion) er endra for denne køyringa frå \(from) til \(to) (\(points) poeng).",
                nb: "Vekten på \(criterion) er endret for denne kjøringen fra \(from) til \(to) (\(points) poeng).",
                en: "The weight of \(criterion) is changed for this run from \(from) to \(to) (\(points) points).")
        case .weightsRescaled:
            return t.pick(
                nn: "Alle vektene er skalerte slik at dei summerer seg til 100 %; dei andre kriteria har difor også fått litt endra vekt.",
                nb: "Alle vektene er skalert slik at de summerer seg til 100 %; de andre kriteriene har derfor også fått litt endret vekt.",
                en: "All weights are rescaled to sum to 100 %, so the other criteria's weights change slightly too.")
        }
    }
}
