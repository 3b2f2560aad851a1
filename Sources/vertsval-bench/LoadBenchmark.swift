import Foundation
import Hummingbird
import NIOCore
import VertsvalServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The workbench under load (issue 16): starts the workbench in this process on a loopback
/// port chosen by the system, then `clients` clients each send `requests` requests one
/// after another, a fixed mix of pages, static assets, evaluations, robustness analyses and
/// PDF reports. Prints the requests, the errors, p50/p99 per kind and the peak resident
/// memory as JSON.
///
/// `vertsval-bench --load [--clients 50] [--requests 40]`, from the package root (the
/// bundled Sogn case is what the clients ask about).
enum LoadBenchmark {
    /// What a request asks for.
    enum Kind: String, CaseIterable, Sendable {
        /// `/app.css` and the scripts: what must answer at once while reports are made.
        case asset
        /// The HTML pages and the file list.
        case page
        /// `/api/case/evaluate` with a moved weight.
        case evaluate
        /// `/api/case/sensitivity` (SMAA, 50 000 draws).
        case sensitivity
        /// `/api/case/report` as PDF (evaluation, SMAA, layout, cairo).
        case report
    }

    static let bundled = "Cases/sogn/ureining-miljo-tilsyn.yaml"

    /// One cycle of the mix, 20 requests: 6 assets, 4 pages, 5 evaluations, 2 robustness
    /// analyses, 3 reports. Client `c` starts at position `7c` of the cycle, so that the
    /// clients do not ask for the same thing at the same time.
    static let cycle: [Kind] = [
        .page, .asset, .asset, .evaluate, .report, .asset, .evaluate, .sensitivity, .page, .asset,
        .evaluate, .report, .asset, .page, .evaluate, .sensitivity, .asset, .evaluate, .report, .page,
    ]

    /// The path of request `index` of `kind`, varied so that no two evaluations are alike.
    static func path(_ kind: Kind, index: Int) -> String {
        switch kind {
        case .asset:
            return ["/app.css", "/common.js", "/case.js", "/texts.js"][index % 4]
        case .page:
            return ["/", "/case?file=\(bundled)", "/api/files", "/portfolio?file=Cases/sogn/tenester-2027.yaml"][index % 4]
        case .evaluate:
            return "/api/case/evaluate?file=\(bundled)&weights=reisetid=\(5 + index % 30)"
        case .sensitivity:
            return "/api/case/sensitivity?file=\(bundled)&seed=\(1 + index % 5)"
        case .report:
            return "/api/case/report?file=\(bundled)&format=pdf&date=2026-02-10&weights=fagmiljo=\(10 + index % 20)"
        }
    }

    /// One finished request.
    struct Sample: Sendable {
        let kind: Kind
        let milliseconds: Double
        /// Nil when the answer was 2xx with a body; else what went wrong.
        let error: String?
    }

    /// The figures per kind of request.
    struct KindFigures: Encodable {
        let requests: Int
        let errors: Int
        let p50Ms: Double
        let p99Ms: Double
        let maxMs: Double
    }

    /// The whole output.
    struct Report: Encodable {
        let benchmark: String
        let machine: MachineInfo
        let build: String
        let clients: Int
        let requestsPerClient: Int
        let requests: Int
        let errors: Int
        let firstErrors: [String]
        let seconds: Double
        let requestsPerSecond: Double
        let kinds: [String: KindFigures]
        let peakRSSMiB: Double?
        let target: String
    }

    static func run(arguments: [String]) async throws {
        func option(_ name: String, default value: Int) -> Int {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let number = Int(arguments[index + 1]) else {
                return value
            }
            return number
        }
        let clients = max(1, option("--clients", default: 50))
        let requests = max(1, option("--requests", default: 40))

        let configuration = WorkbenchConfiguration(root: FileManager.default.currentDirectoryPath, port: 0)
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: Workbench.router(configuration),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: 0), serverName: "vertsval"),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? 0)
                portSink.finish()
            })
        let server = Task { try await app.run() }
        var portIterator = ports.makeAsyncIterator()
        guard let port = await portIterator.next(), port > 0 else {
            server.cancel()
            throw LoadBenchmarkError.serverDidNotStart
        }

        let session = URLSession(configuration: sessionConfiguration(connections: clients))
        let base = "http://127.0.0.1:\(port)"
        // One request of each kind first, so that fonts, templates and the first pool threads
        // are ready before the clock starts.
        for kind in Kind.allCases { _ = await fetch(session, base + path(kind, index: 0), kind: kind) }

        let start = ContinuousClock.now
        let samples = await withTaskGroup(of: [Sample].self) { group in
            for client in 0..<clients {
                group.addTask {
                    var own: [Sample] = []
                    own.reserveCapacity(requests)
                    for request in 0..<requests {
                        let position = client * 7 + request
                        let kind = cycle[position % cycle.count]
                        own.append(await fetch(session, base + path(kind, index: position), kind: kind))
                    }
                    return own
                }
            }
            var all: [Sample] = []
            for await own in group { all += own }
            return all
        }
        let elapsed = ContinuousClock.now - start
        session.invalidateAndCancel()
        server.cancel()
        _ = try? await server.value

        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var kinds: [String: KindFigures] = [:]
        for kind in Kind.allCases {
            let own = samples.filter { $0.kind == kind }
            let times = own.map(\.milliseconds).sorted()
            kinds[kind.rawValue] = KindFigures(
                requests: own.count, errors: own.filter { $0.error != nil }.count, p50Ms: rounded(quantile(times, 0.5)),
                p99Ms: rounded(quantile(times, 0.99)), maxMs: rounded(times.last ?? 0))
        }
        let errors = samples.compactMap(\.error)
        let report = Report(
            benchmark:
                "load: the workbench in-process, \(clients) clients × \(requests) requests (pages, assets, evaluate, sensitivity, PDF reports)",
            machine: MachineInfo.current, build: BenchMain.isDebugBuild ? "debug" : "release", clients: clients, requestsPerClient: requests,
            requests: samples.count, errors: errors.count, firstErrors: Array(Set(errors).sorted().prefix(5)), seconds: rounded(seconds),
            requestsPerSecond: rounded(Double(samples.count) / max(seconds, 1e-9)), kinds: kinds, peakRSSMiB: peakResidentMiB(),
            target: "0 errors; asset p99 < 100 ms while reports are being made")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(report))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// A session that keeps one connection per client open and waits as long as a report
    /// may take under load.
    static func sessionConfiguration(connections: Int) -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = connections + 4
        configuration.timeoutIntervalForRequest = 300
        configuration.timeoutIntervalForResource = 300
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        return configuration
    }

    /// Sends one GET and times it until the whole body has arrived.
    static func fetch(_ session: URLSession, _ url: String, kind: Kind) async -> Sample {
        guard let address = URL(string: url) else { return Sample(kind: kind, milliseconds: 0, error: "bad URL \(url)") }
        let clock = ContinuousClock()
        let started = clock.now
        var error: String?
        do {
            let (data, response) = try await session.data(for: URLRequest(url: address))
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            if !(200..<300).contains(status) {
                error = "\(kind.rawValue): HTTP \(status) \(String(decoding: data.prefix(160), as: UTF8.self))"
            } else if data.isEmpty {
                error = "\(kind.rawValue): empty body"
            }
        } catch let failure {
            error = "\(kind.rawValue): \(failure.localizedDescription)"
        }
        let elapsed = clock.now - started
        return Sample(
            kind: kind, milliseconds: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15, error: error)
    }

    /// The nearest-rank quantile of sorted `values` (0 when empty).
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let rank = Int((Double(values.count) * q).rounded(.up))
        return values[min(values.count - 1, max(0, rank - 1))]
    }

    static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// The peak resident set size of this process (`VmHWM` in `/proc/self/status`), in MiB;
    /// nil where there is no such file.
    static func peakResidentMiB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
            return kilobytes.map { rounded($0 / 1024) }
        }
        return nil
    }
}

/// Why the load benchmark could not run.
enum LoadBenchmarkError: Error, CustomStringConvertible {
    case serverDidNotStart

    var description: String {
        switch self {
        case .serverDidNotStart: "the workbench did not start listening"
        }
    }
}
