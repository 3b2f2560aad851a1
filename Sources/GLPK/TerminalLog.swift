import CGLPK

/// Collects GLPK's terminal output for one operation, so that none of it reaches standard
/// output.
///
/// GLPK's terminal settings belong to the calling thread's environment, so ``capture(_:)``
/// installs the hook on the thread that runs the operation and removes it afterwards; between
/// operations terminal output stays switched off. An operation nested inside another on the
/// same thread (a solve inside a MIP callback) ends the outer capture early; the rest of the
/// outer log is dropped, never printed. The log keeps at most ``limit`` bytes.
final class TerminalLog {
    static let limit = 1 << 20
    private(set) var text = ""
    private var isTruncated = false

    /// Switches GLPK's terminal output off on this thread.
    static func silenceThisThread() {
        _ = glp_term_out(GLP_OFF)
    }

    func append(_ line: String) {
        guard !isTruncated else { return }
        if text.utf8.count + line.utf8.count > Self.limit {
            isTruncated = true
            text += "[log truncated]\n"
        } else {
            text += line
        }
    }

    /// The last non-empty line, for error messages.
    var lastLine: String {
        text.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Runs `body` with GLPK's terminal output on this thread routed into this log.
    func capture<R>(_ body: () -> R) -> R {
        glp_term_hook(terminalHook, Unmanaged.passUnretained(self).toOpaque())
        _ = glp_term_out(GLP_ON)
        defer {
            _ = glp_term_out(GLP_OFF)
            glp_term_hook(nil, nil)
        }
        return withExtendedLifetime(self) { body() }
    }
}

/// GLPK's terminal hook: appends the text to the ``TerminalLog`` passed as `info` and returns
/// non-zero so that GLPK prints nothing itself.
private let terminalHook: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Int32 = { info, text in
    guard let info, let text else { return 1 }
    Unmanaged<TerminalLog>.fromOpaque(info).takeUnretainedValue().append(String(cString: text))
    return 1
}
