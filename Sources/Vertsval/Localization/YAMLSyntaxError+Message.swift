extension YAMLSyntaxError {
    /// The error in words: what is wrong and how to fix it. An unrecognised error keeps
    /// libyaml's English text in parentheses.
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        let start = startPosition(t)
        switch kind {
        case .colonInValue:
            return t.pick(
                nn: "kolon («:») der det ikkje kan stå ein nøkkel; set teksten i hermeteikn (\"…\") når han inneheld kolon, eller sjekk innrykket",
                nb:
                    "kolon («:») der det ikke kan stå en nøkkel; sett teksten i anførselstegn (\"…\") når den inneholder kolon, eller sjekk innrykket",
                en: "a colon (':') where no key can start; put the text in quotes (\"…\") when it contains a colon, or check the indentation")
        case .expectedKey:
            return t.pick(
                nn: "venta ein nøkkel med same innrykk som dei andre i blokka\(start.map { " som startar på \($0)" } ?? ""); sjekk innrykket",
                nb: "ventet en nøkkel med samme innrykk som de andre i blokken\(start.map { " som starter på \($0)" } ?? ""); sjekk innrykket",
                en: "expected a key indented like the others in the block\(start.map { " that starts at \($0)" } ?? ""); check the indentation")
        case .invalidCharacter:
            return t.pick(
                nn:
                    "teiknet her kan ikkje starte ein verdi (til dømes tabulator, «@» eller «`»); bruk mellomrom til innrykk og set teksten i hermeteikn",
                nb:
                    "tegnet her kan ikke starte en verdi (for eksempel tabulator, «@» eller «`»); bruk mellomrom til innrykk og sett teksten i anførselstegn",
                en: "this character cannot start a value (for example a tab, '@' or '`'); indent with spaces and put the text in quotes")
        case .missingColon:
            return t.pick(
                nn: "manglar «:» etter nøkkelen\(start.map { " på \($0)" } ?? "")",
                nb: "mangler «:» etter nøkkelen\(start.map { " på \($0)" } ?? "")",
                en: "missing ':' after the key\(start.map { " at \($0)" } ?? "")")
        case .unclosedQuote:
            return t.pick(
                nn: "hermeteiknet\(start.map { " på \($0)" } ?? "") blir aldri lukka; fila sluttar før det avsluttande hermeteiknet",
                nb: "anførselstegnet\(start.map { " på \($0)" } ?? "") blir aldri lukket; filen slutter før det avsluttende anførselstegnet",
                en: "the quote\(start.map { " at \($0)" } ?? "") is never closed; the file ends before the closing quote")
        case .unclosedFlowSequence:
            return t.pick(
                nn: "lista som startar med «[»\(start.map { " på \($0)" } ?? "") manglar «]» (eller «,» mellom elementa)",
                nb: "listen som starter med «[»\(start.map { " på \($0)" } ?? "") mangler «]» (eller «,» mellom elementene)",
                en: "the list that starts with '['\(start.map { " at \($0)" } ?? "") lacks its ']' (or a ',' between items)")
        case .unclosedFlowMapping:
            return t.pick(
                nn: "blokka som startar med «{»\(start.map { " på \($0)" } ?? "") manglar «}» (eller «,» mellom elementa)",
                nb: "blokken som starter med «{»\(start.map { " på \($0)" } ?? "") mangler «}» (eller «,» mellom elementene)",
                en: "the block that starts with '{'\(start.map { " at \($0)" } ?? "") lacks its '}' (or a ',' between items)")
        case .expectedListItem:
            return t.pick(
                nn:
                    "venta eit nytt listeelement («- ») med same innrykk som dei andre i lista\(start.map { " som startar på \($0)" } ?? ""); sjekk innrykket",
                nb:
                    "ventet et nytt listeelement («- ») med samme innrykk som de andre i listen\(start.map { " som starter på \($0)" } ?? ""); sjekk innrykket",
                en:
                    "expected a new list item ('- ') indented like the others in the list\(start.map { " that starts at \($0)" } ?? ""); check the indentation"
            )
        case .listItemNotAllowed:
            return t.pick(
                nn: "eit listeelement («- ») kan ikkje stå her; sjekk innrykket",
                nb: "et listeelement («- ») kan ikke stå her; sjekk innrykket",
                en: "a list item ('- ') cannot stand here; check the indentation")
        case .tabIndentation:
            return t.pick(
                nn: "tabulator i innrykket; YAML vil ha mellomrom", nb: "tabulator i innrykket; YAML krever mellomrom",
                en: "a tab in the indentation; YAML needs spaces")
        case .unknownEscape:
            return t.pick(
                nn: "ukjend «\\»-sekvens i tekst med doble hermeteikn; bruk enkle hermeteikn ('…') eller skriv «\\\\»",
                nb: "ukjent «\\»-sekvens i tekst med doble anførselstegn; bruk enkle anførselstegn ('…') eller skriv «\\\\»",
                en: "unknown '\\' sequence in a double-quoted text; use single quotes ('…') or write '\\\\'")
        case .expectedValue:
            return t.pick(
                nn: "venta ein verdi her", nb: "ventet en verdi her", en: "expected a value here")
        case .other:
            return t.pick(
                nn: "fila kan ikkje lesast som YAML (\(original))", nb: "filen kan ikke leses som YAML (\(original))",
                en: "the file cannot be read as YAML (\(original))")
        }
    }

    /// "linje 3, kolonne 8": where the unfinished construct began, if libyaml said.
    private func startPosition(_ t: Phrasebook) -> String? {
        guard let contextLine, let contextColumn else { return nil }
        return t.pick(
            nn: "linje \(contextLine), kolonne \(contextColumn)", nb: "linje \(contextLine), kolonne \(contextColumn)",
            en: "line \(contextLine), column \(contextColumn)")
    }
}
