import ArgumentParser
import Foundation
import Vertsval

extension VertsvalCommand {
    /// Parses and runs the command like ArgumentParser's own `main()`, but speaks the chosen
    /// language (`CLILanguage`): help in that language, and a parse or validation error as
    /// `vertsval: feil: …` plus a hint where to find help, with exit code 64.
    static func main() async {
        let language = CLILanguage.current
        var command: any ParsableCommand
        do {
            command = try await asyncParseAsRoot()
        } catch {
            finish(with: error, language: language)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            finish(with: error, language: language)
        }
    }

    /// Reports `error` (or prints the help or version it asks for) and exits.
    static func finish(with error: any Error, language: Language) -> Never {
        if let code = error as? ExitCode {
            // Already reported by the command.
            Foundation.exit(code.rawValue)
        }
        let code = exitCode(for: error)
        if code == .success {
            let text = fullMessage(for: error, columns: HelpText.columns(for: language))
            Console.out(HelpText.localized(text, in: language) + "\n")
            Foundation.exit(0)
        }
        let problem = ArgumentProblem(message: message(for: error))
        Console.error(problem.message(in: language), language: language)
        if code == .validationFailure {
            let english = fullMessage(for: error)
            let helpCommand =
                english.firstMatch(of: #/See '(?<command>[^']+)' for more information\./#).map { String($0.command) } ?? "vertsval --help"
            Console.err(ArgumentProblem.hint(helpCommand: helpCommand, in: language))
        }
        Foundation.exit(code.rawValue)
    }
}
