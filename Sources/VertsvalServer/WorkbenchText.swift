internal import Foundation
internal import Vertsval

/// The texts of the workbench's pages, one catalogue with nn/nb/en for every key: the
/// pages get them as `/texts.js`, generated from here, so no wording lives in the scripts.
enum WorkbenchText: String, CaseIterable {
    case title
    case tagline
    case cases
    case portfolios
    case none
    case scenario
    case back
    case weights
    case weightsHelp
    case scores
    case scoresHelp
    case reset
    case result
    case swaps
    case criterion
    case weightNow
    case swapAt
    case never
    case robustness
    case spread
    case runSmaa
    case saveScenario
    case saveHelp
    case scenarioId
    case scenarioTitle
    case scenarioReason
    case save
    case download
    case rules
    case rulesHelp
    case assignment
    case service
    case fte
    case host
    case value
    case runnerUp
    case rank
    case points
    case saved
    case total
    case decided
    case conflicts
    case working
    case language
    case downloadDraft
    case downloadScenario
    case downloadDraftRules
    case staleRobustness
    case recompute
    case rankLegend
    case firstIn
    case judgementTitle
    case judgementHelp
    case aboutMember
    case memberName
    case memberMunicipality
    case chooseMunicipality
    case candidate
    case memberRole
    case judgementDate
    case memberNote
    case method
    case methodChoice
    case methodRank
    case methodSwing
    case methodPairwise
    case rankHelp
    case swingHelp
    case pairwiseHelp
    case rankRule
    case ruleCentroid
    case ruleSum
    case ruleReciprocal
    case swingPoints
    case pairJudgement
    case against
    case saaty1
    case saaty3
    case saaty5
    case saaty7
    case saaty9
    case saatyBetween
    case yourWeights
    case previewHelp
    case templateWeight
    case yourWeight
    case consistency
    case consistencyIndex
    case randomIndex
    case consistencyRatio
    case crAcceptable
    case crTooHigh
    case worstJudgements
    case pair
    case givenValue
    case consistentValue
    case firstUnderYours
    case saveJudgement
    case saveJudgementHelp
    case fileName
    case replaceOwn
    case judgementSaved
    case listedAdded
    case listedAlready
    case addByHand
    case backToCase
    case members
    case enterJudgement
    case judgementForCase
    case noMembers
    case existingMembers
    case requiredField
    case candidateHeader
    case measure
    case requestTooLarge
    case expectedJudgement
    case numbersAsTable
    case contributions
    case changedFrom
    case rankingChanged

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .title: return t.pick(nn: "vertsval", nb: "vertsval", en: "vertsval")
        case .tagline:
            return t.pick(
                nn: "Vurder kandidatar til vertskommune, og fordel tenester under reglar for balanse.",
                nb: "Vurder kandidater til vertskommune, og fordel tjenester under regler for balanse.",
                en: "Assess candidate host municipalities, and assign services under balance rules.")
        case .cases: return t.pick(nn: "Saker", nb: "Saker", en: "Cases")
        case .portfolios: return t.pick(nn: "Porteføljar", nb: "Porteføljer", en: "Portfolios")
        case .none: return t.pick(nn: "Ingen filer funne.", nb: "Ingen filer funnet.", en: "No files found.")
        case .scenario: return t.pick(nn: "scenario", nb: "scenario", en: "scenario")
        case .back: return t.pick(nn: "← Alle saker", nb: "← Alle saker", en: "← All cases")
        case .weights: return t.pick(nn: "Vekter", nb: "Vekter", en: "Weights")
        case .scores: return t.pick(nn: "Skårar", nb: "Skårer", en: "Scores")
        case .scoresHelp:
            return t.pick(
                nn: "Vel eit anna nivå for å sjå kva som skjer om ein skår var annleis. Det blir eit utkast; saka blir aldri endra.",
                nb: "Velg et annet nivå for å se hva som skjer om en skår var annerledes. Det blir et utkast; saken blir aldri endret.",
                en: "Choose another level to see what happens if a score were different. The result is a draft; the case is never changed.")
        case .weightsHelp:
            return t.pick(
                nn:
                    "Flytt ei vekt for å sjå rangeringa endre seg. Endringane gjeld berre her til du lagrar eit scenario; malen og saka blir aldri endra.",
                nb:
                    "Flytt en vekt for å se rangeringen endre seg. Endringene gjelder bare her til du lagrer et scenario; malen og saken blir aldri endret.",
                en:
                    "Move a weight to see the ranking change. Changes stay here until you save a scenario; the template and the case are never changed."
            )
        case .reset: return t.pick(nn: "Tilbake til malen", nb: "Tilbake til malen", en: "Back to the template")
        case .result: return t.pick(nn: "Resultat", nb: "Resultat", en: "Result")
        case .swaps:
            return t.pick(
                nn: "Vekta der dei to første byter plass", nb: "Vekten der de to første bytter plass", en: "The weight at which the first two swap")
        case .criterion: return t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion")
        case .weightNow: return t.pick(nn: "Vekt no", nb: "Vekt nå", en: "Weight now")
        case .swapAt: return t.pick(nn: "Byter ved", nb: "Bytter ved", en: "Swap at")
        case .never: return t.pick(nn: "aldri", nb: "aldri", en: "never")
        case .robustness: return t.pick(nn: "Kor robust er resultatet?", nb: "Hvor robust er resultatet?", en: "How robust is the result?")
        case .spread: return t.pick(nn: "Vektusikkerheit ±", nb: "Vektusikkerhet ±", en: "Weight uncertainty ±")
        case .runSmaa: return t.pick(nn: "Rekn ut", nb: "Regn ut", en: "Compute")
        case .saveScenario: return t.pick(nn: "Lagre som scenario", nb: "Lagre som scenario", en: "Save as scenario")
        case .saveHelp:
            return t.pick(
                nn: "Scenarioet blir lagra som ei ny fil ved sida av saka. Grunngjeving er påkravd.",
                nb: "Scenarioet blir lagret som en ny fil ved siden av saken. Begrunnelse er påkrevd.",
                en: "The scenario is saved as a new file next to the case. A reason is required.")
        case .scenarioId:
            return t.pick(nn: "Id (små bokstavar og bindestrek)", nb: "Id (små bokstaver og bindestrek)", en: "Id (lower case and hyphens)")
        case .scenarioTitle: return t.pick(nn: "Tittel", nb: "Tittel", en: "Title")
        case .scenarioReason: return t.pick(nn: "Grunngjeving", nb: "Begrunnelse", en: "Reason")
        case .save: return t.pick(nn: "Lagre", nb: "Lagre", en: "Save")
        case .download: return t.pick(nn: "Last ned rapport", nb: "Last ned rapport", en: "Download report")
        case .rules: return t.pick(nn: "Reglar", nb: "Regler", en: "Rules")
        case .rulesHelp:
            return t.pick(
                nn: "Slå av ein regel for å sjå kva han kostar.", nb: "Slå av en regel for å se hva den koster.",
                en: "Switch a rule off to see what it costs.")
        case .assignment: return t.pick(nn: "Fordeling", nb: "Fordeling", en: "Assignment")
        case .service: return t.pick(nn: "Teneste", nb: "Tjeneste", en: "Service")
        case .fte: return t.pick(nn: "Årsverk", nb: "Årsverk", en: "FTE")
        case .host: return t.pick(nn: "Vertskommune", nb: "Vertskommune", en: "Host")
        case .value: return t.pick(nn: "Verdi", nb: "Verdi", en: "Value")
        case .runnerUp: return t.pick(nn: "Nest best", nb: "Nest best", en: "Runner-up")
        case .rank: return t.pick(nn: "Rang", nb: "Rang", en: "Rank")
        case .points: return t.pick(nn: "poeng", nb: "poeng", en: "points")
        case .saved: return t.pick(nn: "\"Lagra\": ", nb: "\"Lagret\": ", en: "\"Saved\": ")
        case .total: return t.pick(nn: "Total", nb: "Total", en: "Total")
        case .decided: return t.pick(nn: "vedteke", nb: "vedtatt", en: "decided")
        case .conflicts:
            return t.pick(nn: "Reglane kan ikkje haldast samstundes", nb: "Reglene kan ikke holdes samtidig", en: "The rules cannot all hold")
        case .working: return t.pick(nn: "Reknar …", nb: "Regner …", en: "Computing …")
        case .language: return t.pick(nn: "Språk", nb: "Språk", en: "Language")
        case .downloadDraft:
            return t.pick(
                nn: "Last ned utkastet (endra vekter eller skårar)", nb: "Last ned utkastet (endrede vekter eller skårer)",
                en: "Download the draft (changed weights or scores)")
        case .downloadDraftRules:
            return t.pick(
                nn: "Last ned utkastet (reglar slått av)", nb: "Last ned utkastet (regler slått av)", en: "Download the draft (rules switched off)")
        case .downloadScenario: return t.pick(nn: "Last ned scenarioet", nb: "Last ned scenarioet", en: "Download the scenario")
        case .staleRobustness:
            return t.pick(
                nn: "Robustheita nedanfor er rekna ut for dei førre vektene, ikkje dei som står no.",
                nb: "Robustheten nedenfor er regnet ut for de forrige vektene, ikke de som står nå.",
                en: "The robustness below was computed for the earlier weights, not the ones set now.")
        case .recompute: return t.pick(nn: "Rekn ut på nytt", nb: "Regn ut på nytt", en: "Compute again")
        case .rankLegend: return t.pick(nn: "Fargen viser plassen:", nb: "Fargen viser plassen:", en: "The colour shows the place:")
        case .firstIn: return t.pick(nn: "først i", nb: "først i", en: "first in")
        case .judgementTitle:
            return t.pick(
                nn: "Di eiga vurdering av kriteria",
                nb: "Din egen vurdering av kriteriene",
                en: "Your own judgement of the criteria")
        case .judgementHelp:
            return t.pick(
                nn:
                    "Her gjev du som styremedlem di eiga vekting av kriteria. Vurderinga blir lagra som ei eiga fil ved sida av saka og lagd til i lista over vurderingar i saka; malen og skårane blir ikkje endra.",
                nb:
                    "Her gir du som styremedlem din egen vekting av kriteriene. Vurderingen blir lagret som en egen fil ved siden av saken og lagt til i listen over vurderinger i saken; malen og skårene blir ikke endret.",
                en:
                    "Here you, as a board member, give your own weighting of the criteria. The judgement is saved as a file of its own next to the case and added to the case's list of judgements; the template and the scores are not changed."
            )
        case .aboutMember:
            return t.pick(
                nn: "Om deg",
                nb: "Om deg",
                en: "About you")
        case .memberName:
            return t.pick(
                nn: "Namn",
                nb: "Navn",
                en: "Name")
        case .memberMunicipality:
            return t.pick(
                nn: "Kommunen du sit for",
                nb: "Kommunen du sitter for",
                en: "The municipality you sit for")
        case .chooseMunicipality:
            return t.pick(
                nn: "Vel kommune",
                nb: "Velg kommune",
                en: "Choose a municipality")
        case .candidate:
            return t.pick(
                nn: "kandidat",
                nb: "kandidat",
                en: "candidate")
        case .memberRole:
            return t.pick(
                nn: "Rolle (valfritt), til dømes styremedlem eller varamedlem",
                nb: "Rolle (valgfritt), for eksempel styremedlem eller varamedlem",
                en: "Role (optional), for example board member or deputy member")
        case .judgementDate:
            return t.pick(
                nn: "Dato (ÅÅÅÅ-MM-DD)",
                nb: "Dato (ÅÅÅÅ-MM-DD)",
                en: "Date (YYYY-MM-DD)")
        case .memberNote:
            return t.pick(
                nn: "Merknad (valfritt)",
                nb: "Merknad (valgfritt)",
                en: "Note (optional)")
        case .method:
            return t.pick(
                nn: "Metode",
                nb: "Metode",
                en: "Method")
        case .methodChoice:
            return t.pick(
                nn: "Korleis vil du gje vektene?",
                nb: "Hvordan vil du gi vektene?",
                en: "How do you want to give the weights?")
        case .methodRank:
            return t.pick(
                nn: "Rangering: set kriteria i rekkjefølgje (delte plassar er lov)",
                nb: "Rangering: sett kriteriene i rekkefølge (delte plasser er lov)",
                en: "Rank order: put the criteria in order (ties allowed)")
        case .methodSwing:
            return t.pick(
                nn: "Svingvekting: 100 poeng til det viktigaste svinget, poeng til dei andre",
                nb: "Svingvekting: 100 poeng til det viktigste svinget, poeng til de andre",
                en: "Swing weighting: 100 points for the most important swing, points for the others")
        case .methodPairwise:
            return t.pick(
                nn: "Parvis samanlikning (AHP): kvart par på skalaen 1–9 til Saaty",
                nb: "Parvis sammenligning (AHP): hvert par på skalaen 1–9 til Saaty",
                en: "Pairwise comparison (AHP): each pair on Saaty's 1–9 scale")
        case .rankHelp:
            return t.pick(
                nn:
                    "Gje det viktigaste kriteriet rang 1, det nest viktigaste rang 2 og så vidare. Kriterium som er like viktige, kan få same rang. Vektene kjem frå rangane etter regelen du vel (Barron & Barrett 1996).",
                nb:
                    "Gi det viktigste kriteriet rang 1, det nest viktigste rang 2 og så videre. Kriterier som er like viktige, kan få samme rang. Vektene kommer fra rangene etter regelen du velger (Barron & Barrett 1996).",
                en:
                    "Give the most important criterion rank 1, the next rank 2, and so on. Criteria that are equally important may share a rank. The weights follow from the ranks by the rule you choose (Barron & Barrett 1996)."
            )
        case .swingHelp:
            return t.pick(
                nn:
                    "Tenk deg at alle kriteria står på det dårlegaste nivået. Kva for eit kriterium ville du helst løfte til det beste nivået? Gje det 100 poeng, og gje kvart av dei andre poeng frå 0 til 100 etter kor mykje løftet er verdt samanlikna med det (von Winterfeldt & Edwards 1986).",
                nb:
                    "Tenk deg at alle kriteriene står på det dårligste nivået. Hvilket kriterium ville du helst løfte til det beste nivået? Gi det 100 poeng, og gi hvert av de andre poeng fra 0 til 100 etter hvor mye løftet er verdt sammenlignet med det (von Winterfeldt & Edwards 1986).",
                en:
                    "Imagine every criterion at its worst level. Which one would you most like to raise to its best level? Give it 100 points, and give each of the others points from 0 to 100 for how much its raise is worth compared with that one (von Winterfeldt & Edwards 1986)."
            )
        case .pairwiseHelp:
            return t.pick(
                nn:
                    "For kvart par: kva for eit kriterium er viktigast, og kor mykje? 1 er like viktige, 3 noko viktigare, 5 mykje viktigare, 7 svært mykje viktigare og 9 ekstremt mykje viktigare; 2, 4, 6 og 8 ligg mellom. Tenaren reknar ut vektene, λmax og konsistensforholdet (CR) medan du vel (Saaty 1980).",
                nb:
                    "For hvert par: hvilket kriterium er viktigst, og hvor mye? 1 er like viktige, 3 noe viktigere, 5 mye viktigere, 7 svært mye viktigere og 9 ekstremt mye viktigere; 2, 4, 6 og 8 ligger mellom. Serveren regner ut vektene, λmax og konsistensforholdet (CR) mens du velger (Saaty 1980).",
                en:
                    "For each pair: which criterion matters more, and by how much? 1 is equally important, 3 moderately more important, 5 strongly, 7 very strongly and 9 extremely more important; 2, 4, 6 and 8 lie between. The server computes the weights, λmax and the consistency ratio (CR) as you choose (Saaty 1980)."
            )
        case .rankRule:
            return t.pick(
                nn: "Regel for vektene",
                nb: "Regel for vektene",
                en: "Rule for the weights")
        case .ruleCentroid:
            return t.pick(
                nn: "rang-orden-sentroide (standard)",
                nb: "rangordenssentroide (standard)",
                en: "rank-order centroid (default)")
        case .ruleSum:
            return t.pick(
                nn: "rangsum",
                nb: "rangsum",
                en: "rank sum")
        case .ruleReciprocal:
            return t.pick(
                nn: "resiprok rang",
                nb: "resiprok rang",
                en: "rank reciprocal")
        case .swingPoints:
            return t.pick(
                nn: "Svingpoeng (0–100)",
                nb: "Svingpoeng (0–100)",
                en: "Swing points (0–100)")
        case .pairJudgement:
            return t.pick(
                nn: "Kva er viktigast, og kor mykje?",
                nb: "Hva er viktigst, og hvor mye?",
                en: "Which matters more, and by how much?")
        case .against:
            return t.pick(
                nn: "mot",
                nb: "mot",
                en: "against")
        case .saaty1:
            return t.pick(
                nn: "like viktige",
                nb: "like viktige",
                en: "equally important")
        case .saaty3:
            return t.pick(
                nn: "noko viktigare",
                nb: "noe viktigere",
                en: "moderately more important")
        case .saaty5:
            return t.pick(
                nn: "mykje viktigare",
                nb: "mye viktigere",
                en: "strongly more important")
        case .saaty7:
            return t.pick(
                nn: "svært mykje viktigare",
                nb: "svært mye viktigere",
                en: "very strongly more important")
        case .saaty9:
            return t.pick(
                nn: "ekstremt mykje viktigare",
                nb: "ekstremt mye viktigere",
                en: "extremely more important")
        case .saatyBetween:
            return t.pick(
                nn: "mellomverdi",
                nb: "mellomverdi",
                en: "intermediate value")
        case .yourWeights:
            return t.pick(
                nn: "Vektene dine",
                nb: "Vektene dine",
                en: "Your weights")
        case .previewHelp:
            return t.pick(
                nn: "Tala kjem frå tenaren, rekna ut med same kode som rapporten.",
                nb: "Tallene kommer fra serveren, regnet ut med samme kode som rapporten.",
                en: "The figures come from the server, computed by the same code as the report.")
        case .templateWeight:
            return t.pick(
                nn: "Malen",
                nb: "Malen",
                en: "Template")
        case .yourWeight:
            return t.pick(
                nn: "Di vekt",
                nb: "Din vekt",
                en: "Your weight")
        case .consistency:
            return t.pick(
                nn: "Konsistens",
                nb: "Konsistens",
                en: "Consistency")
        case .consistencyIndex:
            return t.pick(
                nn: "Konsistensindeks (CI)",
                nb: "Konsistensindeks (CI)",
                en: "Consistency index (CI)")
        case .randomIndex:
            return t.pick(
                nn: "Tilfeldig indeks (RI)",
                nb: "Tilfeldig indeks (RI)",
                en: "Random index (RI)")
        case .consistencyRatio:
            return t.pick(
                nn: "Konsistensforhold (CR)",
                nb: "Konsistensforhold (CR)",
                en: "Consistency ratio (CR)")
        case .crAcceptable:
            return t.pick(
                nn: "innanfor grensa 0,10",
                nb: "innenfor grensen 0,10",
                en: "within the limit of 0.10")
        case .crTooHigh:
            return t.pick(
                nn: "over grensa 0,10: sjå på para nedanfor",
                nb: "over grensen 0,10: se på parene nedenfor",
                en: "above the limit of 0.10: look at the pairs below")
        case .worstJudgements:
            return t.pick(
                nn: "Para som passar dårlegast med vektene",
                nb: "Parene som passer dårligst med vektene",
                en: "The pairs that fit the weights least")
        case .pair:
            return t.pick(
                nn: "Par",
                nb: "Par",
                en: "Pair")
        case .givenValue:
            return t.pick(
                nn: "Gjeve",
                nb: "Gitt",
                en: "Given")
        case .consistentValue:
            return t.pick(
                nn: "Ville passe",
                nb: "Ville passe",
                en: "Would fit")
        case .firstUnderYours:
            return t.pick(
                nn: "Med vektene dine er dette først:",
                nb: "Med vektene dine er dette først:",
                en: "First under your weights:")
        case .saveJudgement:
            return t.pick(
                nn: "Lagre vurderinga",
                nb: "Lagre vurderingen",
                en: "Save the judgement")
        case .saveJudgementHelp:
            return t.pick(
                nn:
                    "Vurderinga blir lagra i mappa judgements ved sida av saka, og saka får ei linje som viser til ho. Ei fil som finst, blir aldri skriven over utan at du kryssar av nedanfor, og berre om ho er di.",
                nb:
                    "Vurderingen blir lagret i mappen judgements ved siden av saken, og saken får en linje som viser til den. En fil som finnes, blir aldri skrevet over uten at du krysser av nedenfor, og bare om den er din.",
                en:
                    "The judgement is saved in the folder judgements next to the case, and the case gets a line that refers to it. A file that exists is never overwritten unless you tick the box below, and only if it is yours."
            )
        case .fileName:
            return t.pick(
                nn: "Filnamn (små bokstavar og bindestrek; tomt gjev namnet ditt)",
                nb: "Filnavn (små bokstaver og bindestrek; tomt gir navnet ditt)",
                en: "File name (lower case and hyphens; empty takes your name)")
        case .replaceOwn:
            return t.pick(
                nn: "Erstatt mi tidlegare vurdering i denne fila",
                nb: "Erstatt min tidligere vurdering i denne filen",
                en: "Replace my earlier judgement in this file")
        case .judgementSaved:
            return t.pick(
                nn: "Lagra:",
                nb: "Lagret:",
                en: "Saved:")
        case .listedAdded:
            return t.pick(
                nn: "Saka viser no til vurderinga, og resultata til medlemmene på sida til saka tek ho med.",
                nb: "Saken viser nå til vurderingen, og resultatene til medlemmene på siden til saken tar den med.",
                en: "The case now refers to the judgement, and the members' results on the case page include it.")
        case .listedAlready:
            return t.pick(
                nn: "Saka viste alt til denne fila.",
                nb: "Saken viste allerede til denne filen.",
                en: "The case already referred to this file.")
        case .addByHand:
            return t.pick(
                nn: "Lista over vurderingar i saka er skriven på éi linje, så saka er ikkje endra. Legg til denne linja under «judgements:» i saka:",
                nb:
                    "Listen over vurderinger i saken er skrevet på én linje, så saken er ikke endret. Legg til denne linjen under «judgements:» i saken:",
                en:
                    "The case's list of judgements is written on one line, so the case was not changed. Add this line under 'judgements:' in the case:"
            )
        case .backToCase:
            return t.pick(
                nn: "← Tilbake til saka",
                nb: "← Tilbake til saken",
                en: "← Back to the case")
        case .members:
            return t.pick(
                nn: "Vurderingane til medlemmene",
                nb: "Vurderingene til medlemmene",
                en: "The members' own judgements")
        case .enterJudgement:
            return t.pick(
                nn: "Gje di eiga vurdering",
                nb: "Gi din egen vurdering",
                en: "Give your own judgement")
        case .judgementForCase:
            return t.pick(
                nn: "Medlemmene gjev vurderingane sine for saka, ikkje for eit scenario: opne saka for å gje di eiga vurdering.",
                nb: "Medlemmene gir vurderingene sine for saken, ikke for et scenario: åpne saken for å gi din egen vurdering.",
                en: "Members give their judgements for the case, not for a scenario: open the case to give your own judgement.")
        case .noMembers:
            return t.pick(
                nn: "Saka viser ikkje til nokon vurderingar frå medlemmene enno.",
                nb: "Saken viser ikke til noen vurderinger fra medlemmene ennå.",
                en: "The case refers to no members' judgements yet.")
        case .existingMembers:
            return t.pick(
                nn: "Vurderingar saka har frå før:",
                nb: "Vurderinger saken har fra før:",
                en: "Judgements the case has already:")
        case .requiredField:
            return t.pick(
                nn: "må fyllast ut",
                nb: "må fylles ut",
                en: "required")
        case .measure: return t.pick(nn: "Mål", nb: "Mål", en: "Measure")
        case .candidateHeader: return t.pick(nn: "Kandidat", nb: "Kandidat", en: "Candidate")
        case .requestTooLarge:
            let limit = JudgementController.maximumBody / 1024
            return t.pick(
                nn: "førespurnaden er for stor (høgst \(limit) KiB)", nb: "forespørselen er for stor (høyst \(limit) KiB)",
                en: "the request is too large (at most \(limit) KiB)")
        case .expectedJudgement:
            return t.pick(
                nn: "venta JSON {file, form: {member, municipality, method, …}} med endelege tal",
                nb: "ventet JSON {file, form: {member, municipality, method, …}} med endelige tall",
                en: "expected JSON {file, form: {member, municipality, method, …}} with finite numbers")
        case .numbersAsTable: return t.pick(nn: "Tala som tabell", nb: "Tallene som tabell", en: "The numbers as a table")
        case .contributions:
            return t.pick(nn: "Bidrag per kriterium (poeng)", nb: "Bidrag per kriterium (poeng)", en: "Contribution per criterion (points)")
        case .changedFrom: return t.pick(nn: "endra frå", nb: "endret fra", en: "changed from")
        case .rankingChanged: return t.pick(nn: "Ny rangering:", nb: "Ny rangering:", en: "New ranking:")
        }
    }

    /// The catalogue as a script: `const TEXTS = { nn: {…}, nb: {…}, en: {…} };`.
    static var script: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var tables: [String: [String: String]] = [:]
        for language in Language.allCases {
            tables[language.rawValue] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.text(in: language)) })
        }
        let json = (try? encoder.encode(tables)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "'use strict';\n// Generated from WorkbenchText.swift: the one catalogue of the pages' wording.\nconst TEXTS = " + json + ";\n"
    }
}
