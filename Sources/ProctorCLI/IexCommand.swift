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
        abstract: "The interactive shell (after running FILE.exs, if given): variables carry over, flush() and h() work, history is kept across runs.",
        discussion: """
            On a terminal: Ctrl-C while an input runs stops that input and keeps the shell's variables; \
            Ctrl-C on a line being typed drops the line; Ctrl-C twice at an empty prompt (or Ctrl-D) leaves; \
            Ctrl-L clears the screen.
            """
    )

    @Argument(help: "An .exs file to run first, as `iex FILE.exs` does: its modules are then there to call.")
    var file: String?

    func run() throws {
        let output = StandardOutputSink()
        let session = InteractiveSession(output: output)
        session.readFile = ShellFiles.read
        if let file { try runFirst(file, in: session, output: output) }
        output.write(InteractiveSession.banner + "\n", to: .standardOutput)
        if isatty(STDIN_FILENO) != 0 {
            Interrupts.listen()
            session.interruptRequested = Interrupts.take
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

    /// Runs `file` before the shell starts; a file that cannot be read or that fails ends proctor
    /// with exit code 1 before the first prompt, as iex does.
    private func runFirst(_ file: String, in session: InteractiveSession, output: StandardOutputSink) throws {
        switch SourceFile.read(file) {
        case .success(let source):
            if session.run(source: source, file: file) != 0 { throw ExitCode(1) }
        case .failure(let problem):
            output.write(problem.message + "\n", to: .standardError)
            throw ExitCode(1)
        }
    }
}
