internal import Vertsval

/// The wording of `vertsval describe` (`DescriptionReport`): headings, columns and the
/// sentences on what the next file needs, in nn, nb and en (columns the other reports
/// have too are theirs).
enum DescriptionReportText: Equatable {
    case templateSubtitle(id: String, version: String, status: Template.Status)
    case criteriaHeading, idColumn, scoringColumn
    case weightCell(points: String, percent: String)
    case knockoutsHeading, noKnockouts
    case caseNeeds(count: Int, list: String)
    case startCase(template: String)
    case regionSubtitle(id: String, count: Int)
    case municipalitiesHeading, nameColumn, numberColumn
    case cooperationHeading, formColumn, statusColumn
    case notGiven
    case costKey(equal: String)
    case startPortfolio(region: String)
    case caseSubtitle(id: String, template: String, region: String)
    case candidatesHeading, willingColumn, willingYes
    case scoresHeading, candidateColumn, missingCell
    case leftHeading, nothingLeft
    case scenarioWeights(title: String)
    case portfolioSubtitle(id: String, region: String, count: Int)
    case hostsColumn
    case decidedHost(name: String)
    case fromCase(path: String)
    case rulesHeading, noRules

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .templateSubtitle(id, version, status):
            let word =
                switch status {
                case .adopted: t.pick(nn: "vedteken", nb: "vedtatt", en: "adopted")
                case .draft: t.pick(nn: "utkast", nb: "utkast", en: "draft")
                case .reconstruction: t.pick(nn: "rekonstruksjon", nb: "rekonstruksjon", en: "reconstruction")
                }
            return t.pick(
                nn: "Vurderingsmal «\(id)», versjon \(version) (\(word))", nb: "Vurderingsmal «\(id)», versjon \(version) (\(word))",
                en: "Evaluation template '\(id)', version \(version) (\(word))")
        case .criteriaHeading: return t.pick(nn: "Kriterium", nb: "Kriterier", en: "Criteria")
        case .idColumn: return t.pick(nn: "Id", nb: "Id", en: "Id")
        case .scoringColumn: return t.pick(nn: "Slik blir det skåra", nb: "Slik blir det skåret", en: "How it is scored")
        case let .weightCell(points, percent):
            return t.pick(nn: "\(points) poeng (\(percent))", nb: "\(points) poeng (\(percent))", en: "\(points) points (\(percent))")
        case .knockoutsHeading: return t.pick(nn: "Utelukkingsreglar", nb: "Utelukkingsregler", en: "Knock-out rules")
        case .noKnockouts:
            return t.pick(
                nn: "Malen har ingen utelukkingsreglar.", nb: "Malen har ingen utelukkingsregler.", en: "The template has no knock-out rules.")
        case let .caseNeeds(count, list):
            return t.pick(
                nn:
                    "Ei sak skal ha skår for kvar kandidat på dei \(count) kriteria som blir skåra for hand (\(list)), kvar med grunngjeving («why»).",
                nb: "En sak skal ha skår for hver kandidat på de \(count) kriteriene som skåres for hånd (\(list)), hver med begrunnelse («why»).",
                en: "A case needs a score for each candidate on the \(count) criteria scored by hand (\(list)), each with a rationale ('why').")
        case .startCase(let template):
            return t.pick(
                nn: "Start ei sak: vertsval new case --template \(template) --region REGION --candidates A,B --service NAMN -o SAK.yaml",
                nb: "Start en sak: vertsval new case --template \(template) --region REGION --candidates A,B --service NAVN -o SAK.yaml",
                en: "Start a case: vertsval new case --template \(template) --region REGION --candidates A,B --service NAME -o CASE.yaml")
        case let .regionSubtitle(id, count):
            return t.pick(
                nn: "Region «\(id)» med \(count) kommunar", nb: "Region «\(id)» med \(count) kommuner",
                en: "Region '\(id)' with \(count) municipalities")
        case .municipalitiesHeading: return t.pick(nn: "Kommunar", nb: "Kommuner", en: "Municipalities")
        case .nameColumn: return t.pick(nn: "Namn", nb: "Navn", en: "Name")
        case .numberColumn: return t.pick(nn: "Kommunenr.", nb: "Kommunenr.", en: "Number")
        case .cooperationHeading: return t.pick(nn: "Register over samarbeid", nb: "Register over samarbeid", en: "Register of cooperation")
        case .formColumn: return t.pick(nn: "Form", nb: "Form", en: "Form")
        case .statusColumn: return t.pick(nn: "Status", nb: "Status", en: "Status")
        case .notGiven: return t.pick(nn: "ikkje oppgitt", nb: "ikke oppgitt", en: "not given")
        case .costKey(let equal):
            return t.pick(
                nn: "Kostnadsnøkkel: \(equal) likt, resten etter folketal.", nb: "Kostnadsnøkkel: \(equal) likt, resten etter folketall.",
                en: "Cost key: \(equal) equally, the rest by population.")
        case .startPortfolio(let region):
            return t.pick(
                nn:
                    "Start ei sak med «vertsval new case --region \(region) …», eller ein portefølje med «vertsval new portfolio --region \(region) -o FIL.yaml».",
                nb:
                    "Start en sak med «vertsval new case --region \(region) …», eller en portefølje med «vertsval new portfolio --region \(region) -o FIL.yaml».",
                en:
                    "Start a case with 'vertsval new case --region \(region) …', or a portfolio with 'vertsval new portfolio --region \(region) -o FILE.yaml'."
            )
        case let .caseSubtitle(id, template, region):
            return t.pick(
                nn: "Sak «\(id)»; vurderingsmal «\(template)», region «\(region)»",
                nb: "Sak «\(id)»; vurderingsmal «\(template)», region «\(region)»",
                en: "Case '\(id)'; template '\(template)', region '\(region)'")
        case .candidatesHeading: return t.pick(nn: "Kandidatar", nb: "Kandidater", en: "Candidates")
        case .willingColumn: return t.pick(nn: "Vil vere vertskommune", nb: "Vil være vertskommune", en: "Willing to host")
        case .willingYes: return t.pick(nn: "ja", nb: "ja", en: "yes")
        case .scoresHeading: return t.pick(nn: "Skår så langt", nb: "Skår så langt", en: "Scores so far")
        case .candidateColumn: return t.pick(nn: "Kandidat", nb: "Kandidat", en: "Candidate")
        case .missingCell: return t.pick(nn: "– (manglar)", nb: "– (mangler)", en: "– (missing)")
        case .leftHeading: return t.pick(nn: "Står att", nb: "Gjenstår", en: "Left to fill in")
        case .nothingLeft:
            return t.pick(
                nn: "Ingenting står att å fylle inn; fila kan reknast ut.", nb: "Ingenting gjenstår å fylle inn; filen kan regnes ut.",
                en: "Nothing is left to fill in; the file can be computed.")
        case .scenarioWeights(let title):
            return t.pick(nn: "Vekter i scenarioet «\(title)»", nb: "Vekter i scenarioet «\(title)»", en: "Weights in scenario '\(title)'")
        case let .portfolioSubtitle(id, region, count):
            return t.pick(
                nn: "Portefølje «\(id)» i region «\(region)» med \(count) tenester",
                nb: "Portefølje «\(id)» i region «\(region)» med \(count) tjenester",
                en: "Portfolio '\(id)' in region '\(region)' with \(count) services")
        case .hostsColumn: return t.pick(nn: "Vertskommune eller kandidatar", nb: "Vertskommune eller kandidater", en: "Host or candidates")
        case .decidedHost(let name): return t.pick(nn: "vedteken: \(name)", nb: "vedtatt: \(name)", en: "decided: \(name)")
        case .fromCase(let path): return t.pick(nn: "frå saka \(path)", nb: "fra saken \(path)", en: "from case \(path)")
        case .rulesHeading: return t.pick(nn: "Reglar (id for --rule-off)", nb: "Regler (id for --rule-off)", en: "Rules (id for --rule-off)")
        case .noRules: return t.pick(nn: "Porteføljen har ingen reglar.", nb: "Porteføljen har ingen regler.", en: "The portfolio has no rules.")
        }
    }
}
