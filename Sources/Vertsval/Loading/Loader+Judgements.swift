/// Reading the members' judgements a case refers to.
extension Loader {
    /// The judgements under the case's `judgements:` list, each path resolved against the
    /// case file's folder (as `template:` and `region:` are), checked against the case's
    /// template and region. Problems in a judgement file are reported in that file; a
    /// missing file is reported where the case names it.
    static func readJudgements(
        _ root: YAMLValue, relativeTo path: String, template: Template?, region: Region?, log: DiagnosticLog, skipping: inout Set<String>
    ) -> (judgements: [Judgement], files: [DataFile]) {
        guard let node = root.node["judgements"] else { return ([], []) }
        let list = YAMLValue(node: node, file: path, log: log)
        guard let items = list.list() else { return ([], []) }
        guard let template else { return ([], []) }
        var judgements: [Judgement] = []
        var files: [DataFile] = []
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let reference = item.nonEmptyString() else { continue }
            let resolved = resolvePath(reference, relativeTo: path)
            let sub = DiagnosticLog()
            var judgement: Judgement?
            if let (file, judgementRoot) = readRoot(resolved, expecting: [.judgement], log: sub) {
                judgement = JudgementLoader(log: sub).load(
                    judgementRoot, template: template, municipalities: region?.municipalities.map(\.id), path: resolved)
                if judgement != nil { files.append(file) }
            }
            report(sub, from: resolved, referencedAt: item.location, into: log, skipping: &skipping)
            guard let judgement else { continue }
            if let line = firstLine[judgement.member] {
                log.error(.judgement(.duplicateMember(member: judgement.member, firstLine: line)), at: item.location)
                continue
            }
            firstLine[judgement.member] = item.location.line
            judgements.append(judgement)
        }
        return (judgements, files)
    }
}
