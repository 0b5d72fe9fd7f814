#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Language
import Runtime

/// `proctor iex`: the interactive shell. On a terminal it edits lines and keeps history;
/// with piped input it reads lines and prints prompts and results as piped iex does.
struct IexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iex",
        abstract: "The interactive shell: variables carry over, flush() and h() work, history is kept across runs."
    )

    func run() throws {
        let output = StandardOutputSink()
        let session = InteractiveSession(output: output)
        output.write(InteractiveSession.banner + "\n", to: .standardOutput)
        if isatty(STDIN_FILENO) != 0 {
            let editor = LineEditor(history: History.load()) { session.runInBackground(milliseconds: 5) }
            while let line = editor.readLine(prompt: session.nextPrompt()) {
                session.feed(line)
            }
            editor.history.save()
        } else {
            while true {
                output.write(session.nextPrompt(), to: .standardOutput)
                guard let line = Swift.readLine(strippingNewline: true) else { break }
                session.feed(line)
            }
        }
        session.finish()
    }
}
