public import Vertsval
internal import VertsvalOptimizer

extension StudyError {
    /// The error in words, in `language`; for invalid data the closing line after the
    /// located problems (see `diagnostics(in:)`).
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .invalidInput(let failure):
            return failure.summary(in: language)
        case .weights(let error):
            return error.message(in: language)
        case .weightSyntax(let text):
            return t.pick(
                nn: "vekter skal skrivast som «fagmiljo=30» (fleire med komma: «fagmiljo=30,reisetid=12»), ikkje «\(text)»",
                nb: "vekter skal skrives som «fagmiljo=30» (flere med komma: «fagmiljo=30,reisetid=12»), ikke «\(text)»",
                en: "weights must be written 'fagmiljo=30' (several with commas: 'fagmiljo=30,reisetid=12'), not '\(text)'")
        case let .unknownRule(token, suggestion, valid):
            let start = t.pick(
                nn: "porteføljen har ingen regel «\(token)»", nb: "porteføljen har ingen regel «\(token)»",
                en: "the portfolio has no rule '\(token)'")
            if suggestion != nil { return start + t.didYouMean(suggestion) }
            if valid.isEmpty {
                return start + t.pick(nn: "; han har ingen reglar", nb: "; den har ingen regler", en: "; it has no rules")
            }
            return start + t.pick(nn: "; gyldige: ", nb: "; gyldige: ", en: "; valid: ") + valid.joined(separator: ", ")
        case .weightsNeedCase:
            return t.pick(
                nn: "vekter høyrer til ei sak; for ein portefølje endrar du vektene i sakene han byggjer på",
                nb: "vekter hører til en sak; for en portefølje endrer du vektene i sakene den bygger på",
                en: "weights belong to a case; for a portfolio, change the weights in the cases behind it")
        case .rulesNeedPortfolio:
            return t.pick(
                nn: "berre ein portefølje har reglar som kan slåast av", nb: "bare en portefølje har regler som kan slås av",
                en: "only a portfolio has rules to switch off")
        case .samplesOutOfRange(let samples):
            return t.pick(
                nn: "talet på trekningar må vere frå 1 til \(StudyDefaults.maximumSamples), ikkje \(samples)",
                nb: "antall trekninger må være fra 1 til \(StudyDefaults.maximumSamples), ikke \(samples)",
                en: "the number of samples must be from 1 to \(StudyDefaults.maximumSamples), not \(samples)")
        case .spreadOutOfRange(let spread):
            return t.pick(
                nn: "vektusikkerheita må vere frå 0 til 100 %, ikkje \(t.number(spread))",
                nb: "vektusikkerheten må være fra 0 til 100 %, ikke \(t.number(spread))",
                en: "the weight spread must be from 0 to 100 %, not \(t.number(spread))")
        case .timeLimitOutOfRange(let seconds):
            return t.pick(
                nn: "tidsgrensa må vere meir enn 0 og høgst 86400 sekund, ikkje \(t.number(seconds))",
                nb: "tidsgrensen må være mer enn 0 og høyst 86400 sekunder, ikke \(t.number(seconds))",
                en: "the time limit must be more than 0 and at most 86400 seconds, not \(t.number(seconds))")
        case .robustness(let error):
            return error.message(in: language)
        case .optimizer(let error):
            return error.message(in: language)
        case .scenarioIncomplete:
            return t.pick(
                nn: "eit scenario treng id, tittel og grunngjeving", nb: "et scenario trenger id, tittel og begrunnelse",
                en: "a scenario needs an id, a title and a reason")
        case .scenarioNeedsCase:
            return t.pick(
                nn: "eit scenario blir lagra ved sida av ei sak; opne saka, ikkje eit scenario, og lagre derifrå",
                nb: "et scenario blir lagret ved siden av en sak; åpne saken, ikke et scenario, og lagre derfra",
                en: "a scenario is saved next to a case; open the case, not a scenario, and save from there")
        case .scenarioExists(let id):
            return t.pick(
                nn: "scenarioet «\(id)» finst alt; vel ein annan id", nb: "scenarioet «\(id)» finnes allerede; velg en annen id",
                en: "scenario '\(id)' already exists; choose another id")
        case .unfinished(let left):
            let n = left.count
            return t.pick(
                nn: "datafilene er ikkje ferdig utfylte: \(n) punkt står att (sjå over); ingenting er rekna ut",
                nb: "datafilene er ikke ferdig utfylt: \(n) \(n == 1 ? "punkt" : "punkter") gjenstår (se over); ingenting er regnet ut",
                en: "the data files are not filled in yet: \(n) \(n == 1 ? "item is" : "items are") left (see above); nothing was computed")
        case .fileExists(let path):
            return t.pick(
                nn: "«\(path)» finst alt; vel eit anna filnamn, eller skriv over med --force",
                nb: "«\(path)» finnes allerede; velg et annet filnavn, eller skriv over med --force",
                en: "'\(path)' already exists; choose another file name, or overwrite it with --force")
        case .notYAMLFile(let path):
            return t.pick(
                nn: "fila som skal skrivast må slutte på .yaml, ikkje «\(path)»", nb: "filen som skal skrives må slutte på .yaml, ikke «\(path)»",
                en: "the file to write must end in .yaml, not '\(path)'")
        case let .unknownCandidate(id, suggestion, valid, regionName):
            let region = regionName.text(language)
            let start = t.pick(
                nn: "«\(id)» er ingen kommune i regionen «\(region)»", nb: "«\(id)» er ingen kommune i regionen «\(region)»",
                en: "'\(id)' is no municipality of region '\(region)'")
            return start + t.pick(nn: " (gyldige: ", nb: " (gyldige: ", en: " (valid: ") + valid.joined(separator: ", ") + ")"
                + t.didYouMean(suggestion)
        case .duplicateCandidate(let id):
            return t.pick(
                nn: "«\(id)» står to gonger blant kandidatane; nemn kvar kommune éin gong",
                nb: "«\(id)» står to ganger blant kandidatene; nevn hver kommune én gang",
                en: "'\(id)' is given twice as a candidate; name each municipality once")
        case .noCandidates(let valid):
            return t.pick(
                nn: "saka treng minst éin kandidat (--candidates a,b); gyldige: ",
                nb: "saken trenger minst én kandidat (--candidates a,b); gyldige: ",
                en: "the case needs at least one candidate (--candidates a,b); valid: ") + valid.joined(separator: ", ")
        case .nameMissing:
            return t.pick(nn: "namnet kan ikkje vere tomt", nb: "navnet kan ikke være tomt", en: "the name cannot be empty")
        case .unusableID(let text):
            return t.pick(
                nn: "«\(text)» kan ikkje brukast som id; ein id har bokstavane a–z, tal og bindestrek",
                nb: "«\(text)» kan ikke brukes som id; en id har bokstavene a–z, tall og bindestrek",
                en: "'\(text)' cannot be used as an id; an id has the letters a–z, digits and hyphens")
        case .scoreSyntax(let text):
            return t.pick(
                nn: "skårar skal skrivast som «luster.fagmiljo=3» (kandidat.kriterium=nivå), ikkje «\(text)»",
                nb: "skårer skal skrives som «luster.fagmiljo=3» (kandidat.kriterium=nivå), ikke «\(text)»",
                en: "scores must be written 'luster.fagmiljo=3' (candidate.criterion=level), not '\(text)'")
        case let .scoreCandidate(id, suggestion, valid):
            return t.pick(
                nn: "«\(id)» er ingen kandidat i saka (gyldige: ", nb: "«\(id)» er ingen kandidat i saken (gyldige: ",
                en: "'\(id)' is no candidate of the case (valid: ") + valid.joined(separator: ", ") + ")" + t.didYouMean(suggestion)
        case let .scoreCriterion(id, suggestion, valid):
            return t.pick(
                nn: "«\(id)» er ikkje eit kriterium som blir skåra for hand (gyldige: ",
                nb: "«\(id)» er ikke et kriterium som skåres for hånd (gyldige: ",
                en: "'\(id)' is no criterion scored by hand (valid: ") + valid.joined(separator: ", ") + ")" + t.didYouMean(suggestion)
        case let .scoreOutOfScale(value, levels, criterion):
            let low = levels.first ?? 0
            let high = levels.last ?? 0
            // The number as typed (2,5 rather than 2,50).
            let typed = String(plain(value).map { $0 == "." && language.isNorwegian ? "," : $0 })
            return t.pick(
                nn: "\(typed) er ikkje eit nivå på skalaen til «\(criterion)»; skriv eit heilt tal frå \(low) til \(high)",
                nb: "\(typed) er ikke et nivå på skalaen til «\(criterion)»; skriv et heltall fra \(low) til \(high)",
                en: "\(typed) is not a level on the scale of '\(criterion)'; write a whole number from \(low) to \(high)")
        case .scoresNeedCase:
            return t.pick(
                nn: "skårar høyrer til ei sak; for ein portefølje endrar du skårane i sakene han byggjer på",
                nb: "skårer hører til en sak; for en portefølje endrer du skårene i sakene den bygger på",
                en: "scores belong to a case; for a portfolio, change the scores in the cases behind it")
        case .notCSVFile(let path):
            return t.pick(
                nn: "arket som skal skrivast må slutte på .csv, ikkje «\(path)»", nb: "arket som skal skrives må slutte på .csv, ikke «\(path)»",
                en: "the sheet to write must end in .csv, not '\(path)'")
        case .fileNotReadable(let path):
            return t.pick(
                nn: "kan ikkje lese «\(path)»; sjekk at fila finst og er ein tekstfil (UTF-8)",
                nb: "kan ikke lese «\(path)»; sjekk at filen finnes og er en tekstfil (UTF-8)",
                en: "cannot read '\(path)'; check that the file exists and is a text file (UTF-8)")
        case .sheet(let problems):
            let n = problems.count
            return t.pick(
                nn: "\(n) feil i arket; ingenting er skrive inn i saka", nb: "\(n) feil i arket; ingenting er skrevet inn i saken",
                en: "\(n) \(n == 1 ? "error" : "errors") in the sheet; nothing was written into the case")
        case .judgementForm(let problems):
            if problems.count == 1, let problem = problems.first { return problem.message(in: language) }
            let n = problems.count
            return t.pick(
                nn: "\(n) feil i skjemaet (sjå under); ingenting er lagra", nb: "\(n) feil i skjemaet (se under); ingenting er lagret",
                en: "\(n) errors in the form (see below); nothing was saved")
        case .judgementNeedsCase:
            return t.pick(
                nn: "ei vurdering blir gjeven for ei sak; opne saka, ikkje eit scenario",
                nb: "en vurdering blir gitt for en sak; åpne saken, ikke et scenario",
                en: "a judgement is given for a case; open the case, not a scenario")
        case .judgementExists(let file):
            return t.pick(
                nn: "vurderinga «\(file)» finst alt; vel eit anna filnamn, eller kryss av for å erstatte ho om ho er di",
                nb: "vurderingen «\(file)» finnes allerede; velg et annet filnavn, eller kryss av for å erstatte den om den er din",
                en: "judgement '\(file)' already exists; choose another file name, or tick the box to replace it if it is yours")
        case .judgementOfOtherMember(let file):
            return t.pick(
                nn: "«\(file)» er ikkje ei vurdering frå same medlem, så ho blir ikkje erstatta; vel eit anna filnamn",
                nb: "«\(file)» er ikke en vurdering fra samme medlem, så den blir ikke erstattet; velg et annet filnavn",
                en: "'\(file)' is not a judgement by the same member, so it is not replaced; choose another file name")
        case let .memberHasJudgement(member, file):
            return t.pick(
                nn: "saka har alt ei vurdering frå «\(member)» i «\(file)»; skriv den på nytt under same filnamn og kryss av for å erstatte ho",
                nb:
                    "saken har allerede en vurdering fra «\(member)» i «\(file)»; skriv den på nytt under samme filnavn og kryss av for å erstatte den",
                en:
                    "the case already has a judgement by '\(member)' in '\(file)'; save it again under the same file name and tick the box to replace it"
            )
        case .folderOutside(let folder):
            return t.pick(
                nn: "mappa «\(folder)» ved sida av saka leier ut av mappa til arbeidsbenken; ingenting er lagra",
                nb: "mappen «\(folder)» ved siden av saken leder ut av mappen til arbeidsbenken; ingenting er lagret",
                en: "the folder '\(folder)' next to the case leads out of the workbench folder; nothing was saved")
        case let .folderMissing(path, folder):
            return t.pick(
                nn: "kan ikkje skrive «\(path)»: mappa «\(folder)» finst ikkje", nb: "kan ikke skrive «\(path)»: mappen «\(folder)» finnes ikke",
                en: "cannot write '\(path)': folder '\(folder)' does not exist")
        case let .writeFailed(path, reason):
            return t.pick(
                nn: "kan ikkje skrive «\(path)»: \(reason)", nb: "kan ikke skrive «\(path)»: \(reason)", en: "cannot write '\(path)': \(reason)")
        }
    }
}
