extension Problem {
    /// The problem in words, for a person fixing the file: what is wrong and what would be
    /// right.
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .fileNotFound(path, suggestion):
            return t.pick(
                nn: "fila «\(path)» finst ikkje", nb: "filen «\(path)» finnes ikke",
                en: "file '\(path)' does not exist") + t.didYouMean(suggestion)
        case let .fileUnreadable(path, reason):
            return t.pick(
                nn: "kan ikkje lese «\(path)»: \(reason)", nb: "kan ikke lese «\(path)»: \(reason)",
                en: "cannot read '\(path)': \(reason)")
        case let .fileIsDirectory(path):
            return t.pick(
                nn: "«\(path)» er ei mappe, ikkje ei fil", nb: "«\(path)» er en mappe, ikke en fil",
                en: "'\(path)' is a directory, not a file")
        case .fileEmpty:
            return t.pick(
                nn: "fila er tom; ho må innehalde YAML med minst «kind:»",
                nb: "filen er tom; den må inneholde YAML med minst «kind:»",
                en: "the file is empty; it must contain YAML with at least 'kind:'")
        case let .fileTooLarge(bytes, limit):
            return t.pick(
                nn: "fila er \(t.bytes(bytes)); datafiler kan vere høgst \(t.bytes(limit))",
                nb: "filen er \(t.bytes(bytes)); datafiler kan være høyst \(t.bytes(limit))",
                en: "the file is \(t.bytes(bytes)); data files may be at most \(t.bytes(limit))")
        case .fileBinary:
            return t.pick(
                nn: "fila ser ut til å vere binær (ho har NUL-byte); venta ei YAML-tekstfil",
                nb: "filen ser ut til å være binær (den har NUL-byte); ventet en YAML-tekstfil",
                en: "the file looks binary (it contains NUL bytes); expected a YAML text file")
        case let .notUTF8(offset):
            return t.pick(
                nn: "fila er ikkje UTF-8 (første ugyldige byte er nr. \(offset + 1)); lagre ho som UTF-8",
                nb: "filen er ikke UTF-8 (første ugyldige byte er nr. \(offset + 1)); lagre den som UTF-8",
                en: "the file is not UTF-8 (first invalid byte is number \(offset + 1)); save it as UTF-8")
        case let .yamlSyntax(error):
            return t.pick(nn: "YAML-syntaksfeil: ", nb: "YAML-syntaksfeil: ", en: "YAML syntax error: ") + error.message(in: language)
        case .aliasExpansion(let limit):
            return t.pick(
                nn: "ankera og aliasa i fila («&» og «*») blir til meir enn \(t.number(Double(limit))) verdiar; skriv verdiane ut i staden",
                nb: "ankrene og aliasene i filen («&» og «*») blir til mer enn \(t.number(Double(limit))) verdier; skriv verdiene ut i stedet",
                en:
                    "the anchors and aliases in the file ('&' and '*') expand to more than \(t.number(Double(limit))) values; write the values out instead"
            )
        case let .textTooLong(length, maximum):
            return t.pick(
                nn: "teksten har \(t.number(Double(length))) teikn; høgst \(t.number(Double(maximum))) er lov",
                nb: "teksten har \(t.number(Double(length))) tegn; høyst \(t.number(Double(maximum))) er tillatt",
                en: "the text has \(t.number(Double(length))) characters; at most \(t.number(Double(maximum))) are allowed")
        case .controlCharacter(let code):
            let hex = String(code, radix: 16, uppercase: true)
            let padded = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return t.pick(
                nn: "teksten har eit kontrollteikn (\(padded)); fjern det", nb: "teksten har et kontrolltegn (\(padded)); fjern det",
                en: "the text holds a control character (\(padded)); remove it")
        case let .duplicateOverride(criterion, firstLine):
            return t.pick(
                nn: "vekta på «\(criterion)» er alt endra på linje \(firstLine); skriv éi endring per kriterium",
                nb: "vekten på «\(criterion)» er allerede endret på linje \(firstLine); skriv én endring per kriterium",
                en: "the weight of '\(criterion)' is already changed on line \(firstLine); write one change per criterion")
        case .unusableFile(let path):
            return t.pick(
                nn: "«\(path)» kan ikkje brukast: ei fil ho viser til manglar eller er av feil slag; sjå over «template», «region» og «case»",
                nb: "«\(path)» kan ikke brukes: en fil den viser til mangler eller er av feil slag; se over «template», «region» og «case»",
                en: "'\(path)' cannot be used: a file it refers to is missing or of the wrong kind; check 'template', 'region' and 'case'")
        case .notRegularFile(let path):
            return t.pick(
                nn: "«\(path)» er inga vanleg fil (men til dømes ei eining eller ein røyrleidning); vel ei .yaml-fil",
                nb: "«\(path)» er ingen vanlig fil (men for eksempel en enhet eller en rørledning); velg en .yaml-fil",
                en: "'\(path)' is not a regular file (but, for example, a device or a pipe); choose a .yaml file")
        case .multipleDocuments:
            return t.pick(
                nn: "fila har fleire YAML-dokument («---»); ei fil skal ha eitt",
                nb: "filen har flere YAML-dokumenter («---»); en fil skal ha ett",
                en: "the file has more than one YAML document ('---'); a file holds one")
        case let .duplicateKey(key):
            return t.pick(
                nn: "nøkkelen «\(key)» står to gonger i same blokk", nb: "nøkkelen «\(key)» står to ganger i samme blokk",
                en: "key '\(key)' appears twice in the same block")
        case let .wrongKind(expected, found):
            let list = t.alternatives(expected.map { t.quote($0) })
            if let found {
                return t.pick(
                    nn: "«kind: \(found)» passar ikkje her; venta \(list)",
                    nb: "«kind: \(found)» passer ikke her; ventet \(list)",
                    en: "'kind: \(found)' does not fit here; expected \(list)")
            }
            return t.pick(
                nn: "fila manglar «kind:»; skriv \(list) øvst", nb: "filen mangler «kind:»; skriv \(list) øverst",
                en: "the file has no 'kind:'; write \(list) at the top")
        case let .unknownKey(key, suggestion, allowed):
            if key.contains(" ") {
                return t.pick(
                    nn: "«\(key)» vart lesen som ein nøkkel; set teksten i hermeteikn (\"…\") når han inneheld komma eller kolon",
                    nb: "«\(key)» ble lest som en nøkkel; sett teksten i anførselstegn (\"…\") når den inneholder komma eller kolon",
                    en: "'\(key)' was read as a key; put the text in quotes (\"…\") when it contains a comma or colon")
            }
            if let suggestion {
                return t.pick(
                    nn: "ukjend nøkkel «\(key)»", nb: "ukjent nøkkel «\(key)»", en: "unknown key '\(key)'")
                    + t.didYouMean(suggestion)
            }
            let list = t.list(allowed.map { t.quote($0) }, conjunction: false)
            return t.pick(
                nn: "ukjend nøkkel «\(key)»; gyldige nøklar her: \(list)",
                nb: "ukjent nøkkel «\(key)»; gyldige nøkler her: \(list)",
                en: "unknown key '\(key)'; valid keys here: \(list)")
        case let .missingKey(key):
            return t.pick(
                nn: "manglar «\(key):»", nb: "mangler «\(key):»", en: "missing '\(key):'")
        case let .wrongType(expected, found):
            return t.pick(
                nn: "venta \(t.kind(expected)), fann «\(found)»", nb: "ventet \(t.kind(expected)), fant «\(found)»",
                en: "expected \(t.kind(expected)), found '\(found)'")
        case let .invalidIdentifier(value):
            return t.pick(
                nn: "«\(value)» er ikkje ein gyldig id; bruk små bokstavar a–z, tal og bindestrek, høgst 64 teikn (til dømes «fagmiljo»)",
                nb: "«\(value)» er ikke en gyldig id; bruk små bokstaver a–z, tall og bindestrek, høyst 64 tegn (for eksempel «fagmiljo»)",
                en: "'\(value)' is not a valid id; use lower-case a–z, digits and hyphens, at most 64 characters (for example 'fagmiljo')")
        case let .duplicateID(id, firstLine):
            return t.pick(
                nn: "id «\(id)» er alt brukt på linje \(firstLine); kvar id må vere unik",
                nb: "id «\(id)» er allerede brukt på linje \(firstLine); hver id må være unik",
                en: "id '\(id)' is already used on line \(firstLine); each id must be unique")
        case let .unknownReference(kind, id, suggestion):
            return t.pick(
                nn: "ukjend \(t.reference(kind)) «\(id)»", nb: "ukjent \(t.reference(kind)) «\(id)»",
                en: "unknown \(t.reference(kind)) '\(id)'") + t.didYouMean(suggestion)
        case let .valueOutOfRange(value, minimum, maximum):
            let range = t.range(minimum, maximum)
            return t.pick(
                nn: "\(t.number(value)) er utanfor det tillatne området \(range)",
                nb: "\(t.number(value)) er utenfor det tillatte området \(range)",
                en: "\(t.number(value)) is outside the allowed range \(range)")
        case let .invalidDate(value):
            return t.pick(
                nn: "«\(value)» er ikkje ein gyldig dato; skriv ÅÅÅÅ-MM-DD, til dømes 2026-02-23",
                nb: "«\(value)» er ikke en gyldig dato; skriv ÅÅÅÅ-MM-DD, for eksempel 2026-02-23",
                en: "'\(value)' is not a valid date; write YYYY-MM-DD, for example 2026-02-23")
        case let .tooFewEntries(minimum, found):
            return t.pick(
                nn: "lista har \(found) element; ho må ha minst \(minimum)",
                nb: "listen har \(found) elementer; den må ha minst \(minimum)",
                en: "the list has \(found) entries; it needs at least \(minimum)")
        case let .uncertaintyOrder(low, value, high):
            return t.pick(
                nn: "usikkerheita må vere låg ≤ verdi ≤ høg, men er \(t.number(low)) – \(t.number(value)) – \(t.number(high))",
                nb: "usikkerheten må være lav ≤ verdi ≤ høy, men er \(t.number(low)) – \(t.number(value)) – \(t.number(high))",
                en: "uncertainty must satisfy low ≤ value ≤ high, but is \(t.number(low)) – \(t.number(value)) – \(t.number(high))")
        case let .invalidWeight(value):
            return t.pick(
                nn: "vekta «\(value)» er ugyldig; ei vekt er eit tal frå 0 til 1 000 000 (poeng)",
                nb: "vekten «\(value)» er ugyldig; en vekt er et tall fra 0 til 1 000 000 (poeng)",
                en: "weight '\(value)' is invalid; a weight is a number from 0 to 1,000,000 (points)")
        case .weightsAllZero:
            return t.pick(
                nn: "alle vektene er 0; minst eitt kriterium må ha vekt over 0",
                nb: "alle vektene er 0; minst ett kriterium må ha vekt over 0",
                en: "all weights are 0; at least one criterion needs a weight above 0")
        case let .weightsDoNotSumTo100(sum):
            return t.pick(
                nn: "vektene summerer seg til \(t.number(sum)) poeng, ikkje 100; dei blir skalerte til 100 %",
                nb: "vektene summerer seg til \(t.number(sum)) poeng, ikke 100; de blir skalert til 100 %",
                en: "weights add up to \(t.number(sum)) points, not 100; they are scaled to 100 %")
        case let .criterionNeedsScaleOrMeasure(criterion):
            return t.pick(
                nn: "kriteriet «\(criterion)» må ha anten «scale:» eller «measure:», ikkje begge",
                nb: "kriteriet «\(criterion)» må ha enten «scale:» eller «measure:», ikke begge",
                en: "criterion '\(criterion)' needs either 'scale:' or 'measure:', not both")
        case let .valueFunctionDegenerate(worst):
            return t.pick(
                nn: "verdifunksjonen har «worst» lik «best» (\(t.number(worst))); dei må vere ulike",
                nb: "verdifunksjonen har «worst» lik «best» (\(t.number(worst))); de må være ulike",
                en: "the value function has 'worst' equal to 'best' (\(t.number(worst))); they must differ")
        case let .valueFunctionDirection(direction, worst, best):
            let needs =
                direction == .lowerIsBetter
                ? t.pick(nn: "«worst» større enn «best»", nb: "«worst» større enn «best»", en: "'worst' above 'best'")
                : t.pick(nn: "«worst» mindre enn «best»", nb: "«worst» mindre enn «best»", en: "'worst' below 'best'")
            return t.pick(
                nn: "«direction: \(direction.rawValue)» krev \(needs), men worst = \(t.number(worst)) og best = \(t.number(best))",
                nb: "«direction: \(direction.rawValue)» krever \(needs), men worst = \(t.number(worst)) og best = \(t.number(best))",
                en: "'direction: \(direction.rawValue)' needs \(needs), but worst = \(t.number(worst)) and best = \(t.number(best))")
        case let .piecewiseNotIncreasing(previous, found):
            return t.pick(
                nn: "punkta må ha stigande x; \(t.number(found)) kjem etter \(t.number(previous))",
                nb: "punktene må ha stigende x; \(t.number(found)) kommer etter \(t.number(previous))",
                en: "points must have increasing x; \(t.number(found)) comes after \(t.number(previous))")
        case let .piecewiseNotMonotone(direction):
            return direction == .higherIsBetter
                ? t.pick(
                    nn: "med «higherIsBetter» kan verdien ikkje gå ned når x aukar",
                    nb: "med «higherIsBetter» kan verdien ikke gå ned når x øker",
                    en: "with 'higherIsBetter' the value must not fall as x rises")
                : t.pick(
                    nn: "med «lowerIsBetter» kan verdien ikkje gå opp når x aukar",
                    nb: "med «lowerIsBetter» kan verdien ikke gå opp når x øker",
                    en: "with 'lowerIsBetter' the value must not rise as x rises")
        case let .scaleInvalid(levels):
            let list = levels.map(String.init).joined(separator: ", ")
            return t.pick(
                nn: "skalaen må ha minst to ulike nivå, fann [\(list)]",
                nb: "skalaen må ha minst to ulike nivåer, fant [\(list)]",
                en: "a scale needs at least two distinct levels, found [\(list)]")
        case let .knockoutCriterionKind(criterion, expected):
            return t.pick(
                nn: "utelukkingsregelen krev at «\(criterion)» er \(t.kind(expected))",
                nb: "utelukkingsregelen krever at «\(criterion)» er \(t.kind(expected))",
                en: "the knock-out rule needs '\(criterion)' to be \(t.kind(expected))")
        case let .computedNeedsMeasure(criterion):
            return t.pick(
                nn: "kriteriet «\(criterion)» er rekna ut frå regiondata og må ha «measure:» med verdifunksjon",
                nb: "kriteriet «\(criterion)» er regnet ut fra regiondata og må ha «measure:» med verdifunksjon",
                en: "criterion '\(criterion)' is computed from region data and needs 'measure:' with a value function")
        case let .travelTimeMissing(from, to):
            return t.pick(
                nn: "reisetida mellom «\(from)» og «\(to)» manglar; oppgje ho i minst éi retning",
                nb: "reisetiden mellom «\(from)» og «\(to)» mangler; oppgi den i minst én retning",
                en: "travel time between '\(from)' and '\(to)' is missing; give it in at least one direction")
        case let .travelTimeNegative(from, to, minutes):
            return t.pick(
                nn: "reisetida frå «\(from)» til «\(to)» er negativ (\(t.number(minutes)) min)",
                nb: "reisetiden fra «\(from)» til «\(to)» er negativ (\(t.number(minutes)) min)",
                en: "travel time from '\(from)' to '\(to)' is negative (\(t.number(minutes)) min)")
        case let .travelTimeAsymmetric(from, to, there, back, tolerance):
            return t.pick(
                nn:
                    "reisetida «\(from)»→«\(to)» er \(t.number(there)) min, men tilbake \(t.number(back)) min; skilnaden kan vere høgst \(t.number(tolerance)) min («asymmetryTolerance»)",
                nb:
                    "reisetiden «\(from)»→«\(to)» er \(t.number(there)) min, men tilbake \(t.number(back)) min; forskjellen kan være høyst \(t.number(tolerance)) min («asymmetryTolerance»)",
                en:
                    "travel time '\(from)'→'\(to)' is \(t.number(there)) min but \(t.number(back)) min back; they may differ by at most \(t.number(tolerance)) min ('asymmetryTolerance')"
            )
        case let .travelTimeToSelf(municipality, minutes):
            return t.pick(
                nn: "reisetida frå «\(municipality)» til seg sjølv må vere 0, ikkje \(t.number(minutes))",
                nb: "reisetiden fra «\(municipality)» til seg selv må være 0, ikke \(t.number(minutes))",
                en: "travel time from '\(municipality)' to itself must be 0, not \(t.number(minutes))")
        case let .populationInvalid(value):
            return t.pick(
                nn: "folketalet «\(value)» er ugyldig; det må vere eit heilt tal over 0",
                nb: "folketallet «\(value)» er ugyldig; det må være et heltall over 0",
                en: "population '\(value)' is invalid; it must be a whole number above 0")
        case let .fteMissing(arrangement):
            return t.pick(
                nn: "ordninga «\(arrangement)» har vertskommune, men ingen årsverk («fte»); balansekriteriet tel årsverk",
                nb: "ordningen «\(arrangement)» har vertskommune, men ingen årsverk («fte»); balansekriteriet teller årsverk",
                en: "arrangement '\(arrangement)' has a host but no FTE ('fte'); the balance criterion counts FTE")
        case let .missingScore(municipality, criterion, expected):
            let key = expected == .measure ? "value" : "level"
            return t.pick(
                nn: "«\(municipality)» manglar skår på kriteriet «\(criterion)»; fyll inn «\(key):» og «why:»",
                nb: "«\(municipality)» mangler skår på kriteriet «\(criterion)»; fyll inn «\(key):» og «why:»",
                en: "'\(municipality)' has no score for criterion '\(criterion)'; fill in '\(key):' and 'why:'")
        case let .missingRationale(municipality, criterion):
            return t.pick(
                nn: "skåren til «\(municipality)» på kriteriet «\(criterion)» manglar grunngjeving; fyll inn «why:»",
                nb: "skåren til «\(municipality)» på kriteriet «\(criterion)» mangler begrunnelse; fyll inn «why:»",
                en: "the score of '\(municipality)' for criterion '\(criterion)' has no rationale; fill in 'why:'")
        case let .willingnessNotStated(municipality):
            return t.pick(
                nn: "det står ikkje om «\(municipality)» vil vere vertskommune; skriv «willing: true» eller «willing: false»",
                nb: "det står ikke om «\(municipality)» vil være vertskommune; skriv «willing: true» eller «willing: false»",
                en: "it does not say whether '\(municipality)' is willing to host; write 'willing: true' or 'willing: false'")
        case .missingFTE(let service):
            return t.pick(
                nn: "tenesta «\(service)» manglar årsverk; fyll inn «fte:»", nb: "tjenesten «\(service)» mangler årsverk; fyll inn «fte:»",
                en: "service '\(service)' has no FTE; fill in 'fte:'")
        case let .missingValue(service, municipality):
            return t.pick(
                nn:
                    "tenesta «\(service)» manglar verdi for «\(municipality)»; fyll inn ein verdi frå 0 til 100, eller fjern lina om kommunen ikkje kan vere vertskommune",
                nb:
                    "tjenesten «\(service)» mangler verdi for «\(municipality)»; fyll inn en verdi fra 0 til 100, eller fjern linjen om kommunen ikke kan være vertskommune",
                en:
                    "service '\(service)' has no value for '\(municipality)'; fill in a value from 0 to 100, or remove the line if the municipality cannot host it"
            )
        case let .scoreForComputedCriterion(criterion):
            return t.pick(
                nn: "«\(criterion)» blir rekna ut frå regionfila og skal ikkje skårast for hand; fjern denne skåren",
                nb: "«\(criterion)» blir regnet ut fra regionfilen og skal ikke skåres for hånd; fjern denne skåren",
                en: "'\(criterion)' is computed from the region file and is not scored by hand; remove this score")
        case let .scoreKindMismatch(criterion, expected):
            let key = expected == .level ? "level" : "value"
            return t.pick(
                nn: "«\(criterion)» skal skårast med «\(key):»", nb: "«\(criterion)» skal skåres med «\(key):»",
                en: "'\(criterion)' is scored with '\(key):'")
        case let .levelOutOfScale(level, levels):
            let lo = levels.min() ?? 0
            let hi = levels.max() ?? 0
            return t.pick(
                nn: "nivå \(level) finst ikkje på skalaen; bruk eit heilt tal frå \(lo) til \(hi)",
                nb: "nivå \(level) finnes ikke på skalaen; bruk et heltall fra \(lo) til \(hi)",
                en: "level \(level) is not on the scale; use a whole number from \(lo) to \(hi)")
        case let .overrideWithoutReason(criterion):
            return t.pick(
                nn: "vekta på «\(criterion)» er endra utan grunngjeving; skriv «reason:»",
                nb: "vekten på «\(criterion)» er endret uten begrunnelse; skriv «reason:»",
                en: "the weight of '\(criterion)' is changed without a reason; write 'reason:'")
        case let .duplicateCandidate(municipality):
            return t.pick(
                nn: "«\(municipality)» står to gonger som kandidat", nb: "«\(municipality)» står to ganger som kandidat",
                en: "'\(municipality)' is listed twice as a candidate")
        case let .serviceNeedsOneSource(service):
            return t.pick(
                nn:
                    "tenesta «\(service)» må ha nøyaktig éin av «host:» (vedteken vertskommune), «values:» (verdi per kommune) og «case:» (verdiar frå ei sak)",
                nb:
                    "tjenesten «\(service)» må ha nøyaktig én av «host:» (vedtatt vertskommune), «values:» (verdi per kommune) og «case:» (verdier fra en sak)",
                en:
                    "service '\(service)' needs exactly one of 'host:' (decided host), 'values:' (value per municipality) and 'case:' (values from a case)"
            )
        case let .noEligibleHost(service):
            return t.pick(
                nn: "ingen kommune kan vere vertskommune for «\(service)»: alle kandidatane i saka fell ut",
                nb: "ingen kommune kan være vertskommune for «\(service)»: alle kandidatene i saken faller ut",
                en: "no municipality can host '\(service)': every candidate in its case is excluded")
        case let .pairWithItself(service):
            return t.pick(
                nn: "paret nemner «\(service)» to gonger; eit par er to ulike tenester",
                nb: "paret nevner «\(service)» to ganger; et par er to ulike tjenester",
                en: "the pair names '\(service)' twice; a pair is two different services")
        case let .caseRegionMismatch(casePath, caseRegion, portfolioRegion):
            return t.pick(
                nn: "saka «\(casePath)» bruker regionfila «\(caseRegion)», men porteføljen bruker «\(portfolioRegion)»",
                nb: "saken «\(casePath)» bruker regionfilen «\(caseRegion)», men porteføljen bruker «\(portfolioRegion)»",
                en: "case '\(casePath)' uses region file '\(caseRegion)', but the portfolio uses '\(portfolioRegion)'")
        case let .boundsContradict(minimum, maximum):
            return t.pick(
                nn: "minimum \(t.number(minimum)) er større enn maksimum \(t.number(maximum))",
                nb: "minimum \(t.number(minimum)) er større enn maksimum \(t.number(maximum))",
                en: "minimum \(t.number(minimum)) is above maximum \(t.number(maximum))")
        case .judgement(let problem):
            return problem.message(in: language)
        case .singleCandidate:
            return t.pick(
                nn: "saka har berre éin kandidat; det er ingenting å samanlikne med",
                nb: "saken har bare én kandidat; det er ingenting å sammenligne med",
                en: "the case has only one candidate; there is nothing to compare it with")
        case let .overheadCriterionKind(criterion):
            return t.pick(
                nn:
                    "«\(criterion)» kan ikkje gje påslaget til vertskommunen: «overheadCriterion» må vere eit kriterium med «measure:» som blir skåra for hand med «value:» i prosent av budsjettet",
                nb:
                    "«\(criterion)» kan ikke gi påslaget til vertskommunen: «overheadCriterion» må være et kriterium med «measure:» som skåres for hånd med «value:» i prosent av budsjettet",
                en:
                    "'\(criterion)' cannot give the host's overhead: 'overheadCriterion' must be a criterion with 'measure:' scored by hand with 'value:' in percent of the budget"
            )
        case let .overheadNeedsBudget(criterion):
            return t.pick(
                nn:
                    "«overheadCriterion: \(criterion)» legg påslaget til vertskommunen på budsjettet, men tenesta har ikkje «budget:»; før opp grunnbudsjettet i kroner per år, eller fjern «overheadCriterion»",
                nb:
                    "«overheadCriterion: \(criterion)» legger påslaget til vertskommunen på budsjettet, men tjenesten har ikke «budget:»; før opp grunnbudsjettet i kroner per år, eller fjern «overheadCriterion»",
                en:
                    "'overheadCriterion: \(criterion)' adds the host's overhead to the budget, but the service has no 'budget:'; give the base budget in NOK per year, or remove 'overheadCriterion'"
            )
        case let .overheadOutOfRange(municipality, criterion, value):
            return t.pick(
                nn:
                    "påslaget til «\(municipality)» på «\(criterion)» er \(t.number(value)) %, men «\(criterion)» er påslagskriteriet til budsjettet («overheadCriterion»), så verdien må vere frå 0 til 100 (prosent av budsjettet)",
                nb:
                    "påslaget til «\(municipality)» på «\(criterion)» er \(t.number(value)) %, men «\(criterion)» er påslagskriteriet til budsjettet («overheadCriterion»), så verdien må være fra 0 til 100 (prosent av budsjettet)",
                en:
                    "the overhead of '\(municipality)' on '\(criterion)' is \(t.number(value)) %, but '\(criterion)' is the budget's overhead criterion ('overheadCriterion'), so the value must be from 0 to 100 (percent of the budget)"
            )
        }
    }
}
