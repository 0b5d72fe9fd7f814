import Runtime
import Terms

/// An iex session: reads inputs one at a time, evaluates each in a shell process that
/// lives across inputs (so variables, `self()` and the mailbox carry over), and writes
/// what iex writes: results, errors, and the report when a linked crash kills the shell.
public final class InteractiveSession {
    /// The result iex does not print (`IEx.dont_display_result/0`, what `i/1` returns).
    static let hiddenResult = Term.atom(Atom("do not show this result in output"))

    /// What iex prints when it starts and when a new shell replaces a dead one.
    public static let banner = "Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)"

    let program = Program()
    private let runtime: Runtime
    let output: SessionOutput
    private var shell: (pid: Pid, body: ShellBody)?
    private var bindings: [(name: String, value: Term)] = []
    var counter = 1
    var history = ShellHistory()
    var pendingInput = ""
    private let clock: ClockKind

    /// Asked while an input runs: true when the person pressed Ctrl-C. The input then stops
    /// (its shell process is killed) and a new shell takes over with the variables kept.
    public var interruptRequested: () -> Bool = { false }

    /// Reads a file named in `c/1` or `import_file/1` (its text, or why not: `no such file or
    /// directory`); nil when the session has no files (a lesson's transcript), so those helpers
    /// are not there.
    public var readFile: ((String) -> Result<String, FileUnreadable>)?

    /// A session writing to `output`, on the given clock.
    public init(output: any OutputSink, clock: ClockKind = .real) {
        self.output = SessionOutput(destination: output)
        self.clock = clock
        runtime = Runtime(options: RuntimeOptions(clock: clock, output: self.output))
        startShell()
    }

    /// The prompt for the next line: `iex(N)> `, or `...(N)> ` inside an unfinished input.
    /// If the shell died between inputs (a linked process crashed), says so and starts a new one first.
    public func nextPrompt() -> String {
        if let shell, !runtime.isAlive(shell.pid), let record = runtime.exitRecord(of: shell.pid) {
            output.writeThrough(shellDeathReport(record))
            restartShell()
        }
        return pendingInput.isEmpty ? "iex(\(counter))> " : "...(\(counter))> "
    }

    /// Compiles and loads a file into the session, as `iex FILE` does before the first prompt.
    public func load(source: String, file: String) throws(LoadError) {
        program.load(try program.compile(source, file: file))
    }

    /// Runs a whole file in the session before the first prompt, as `iex FILE.exs` does: its
    /// modules become callable and its top-level code runs in a process of its own. Returns 0,
    /// or 1 after an error (already reported as `elixir` reports it; iex then does not start).
    public func run(source: String, file: String) -> Int32 {
        StructLayouts.$current.withValue(program.structs.layouts) {
            ScriptExecution(program: program, runtime: runtime, output: output, limits: .unlimited).run(source: source, file: file)
        }
    }

    /// Takes one line of input; evaluates it once the input it completes parses.
    public func feed(_ line: String) {
        StructLayouts.$current.withValue(program.structs.layouts) { take(line) }
    }

    private func take(_ line: String) {
        output.releaseHeldOutput()
        pendingInput += line + "\n"
        let parsed = ElixirParser.parse(pendingInput)
        if let diagnostic = parsed.diagnostics.first {
            if diagnostic.kind == .tokenMissing { return }
            write(syntaxErrorReport(fallback: diagnostic) + "\n\n")
            pendingInput = ""
            return
        }
        let source = pendingInput
        pendingInput = ""
        guard let tree = parsed.tree else { return }
        if let readFile, let helper = FileHelper(tree) {
            run(helper, readFile: readFile)
        } else if let help = ShellHelp(tree) {
            write(help.text)
            counter += 1
        } else {
            evaluate(tree, source: source)
        }
        settle()
    }

    /// A syntax error as iex reports it: its line counted from the prompt's number (the second
    /// line of input 3 is `iex:4`), with the line and a caret when Elixir shows them.
    private func syntaxErrorReport(fallback: Diagnostic) -> String {
        let numbered = String(repeating: "\n", count: max(counter - 1, 0)) + pendingInput
        guard let diagnostic = ElixirParser.parse(numbered).diagnostics.first else { return fallback.headline(file: "iex") }
        let headline = diagnostic.headline(file: "iex")
        return diagnostic.snippet(in: numbered).map { headline + "\n" + $0 } ?? headline
    }

    func evaluate(_ tree: SyntaxNode, source: String) {
        let compiler = Compiler(file: InteractiveFile.prefix + "\(counter)", source: source, environment: program)
        let compiled: CompiledInput
        let names: [String]
        do {
            (compiled, names) = try compiler.compileInput(tree, parameters: bindings.map(\.name))
        } catch {
            for failure in error.errors { write("** (CompileError) iex:\(counter): \(failure.message)\n\n") }
            return
        }
        for warning in compiled.file.warnings + undefinedCallWarnings(compiled.file, compiler: compiler) {
            output.write(warning, to: .standardError)
        }
        program.load(compiled.file, deferringModules: true)
        guard let shell else { return }
        shell.body.evaluate(Machine(program: program, function: compiled.file.script, arguments: bindings.map(\.value)))
        runtime.resume(shell.pid)
        waitForOutcome(of: shell, bindingNames: names)
    }

    /// iex's warnings about calls in the input's modules to functions that do not exist, given
    /// as the modules are defined: before the input runs.
    private func undefinedCallWarnings(_ file: CompiledFile, compiler: Compiler) -> [String] {
        UndefinedCallWarnings(program: program) { compiler.warningLocation(line: $0) }.texts(for: file.remoteCalls, definedIn: file.modules)
    }

    /// Runs the runtime until the shell finishes the input, or dies. Runnable processes run
    /// first; only when none can does time move on (to the next timer), so nothing that
    /// waits on a timer gets ahead of the shell.
    private func waitForOutcome(of shell: (pid: Pid, body: ShellBody), bindingNames: [String]) {
        let oneSlice = RunLimits(reductions: 1)
        while true {
            if interruptRequested() {
                interrupt(shell.pid)
                return
            }
            var outcome = runtime.runWhileRunnable(watching: shell.pid, limits: oneSlice)
            if case .finished = outcome, shell.body.outcome == nil {
                // On the real clock a wait ends every 50 ms, so that Ctrl-C is heard during a long sleep.
                let deadline = clock == .real ? runtime.now.adding(milliseconds: 50) : nil
                outcome = runtime.run(until: shell.pid, limits: oneSlice, deadline: deadline)
            }
            if let result = shell.body.takeOutcome() {
                report(result, bindingNames: bindingNames)
                return
            }
            switch outcome {
            case .exited(let record):
                shellDied(record)
                return
            case .deadlock(let waiting):
                let explanation = StuckReport.lines(for: waiting, first: shell.pid, in: runtime, indent: "    ")
                write("** (proctor) the shell waits in receive for a message that no process can send; starting a new shell\n"
                    + explanation.map { $0 + "\n" }.joined() + "\n")
                runtime.kill(shell.pid)
                restartShell()
                return
            case .budgetExhausted, .deadlineReached, .finished:
                continue
            }
        }
    }

    /// Ctrl-C during an input: the input stops, a new shell takes over; variables and the prompt's number stay.
    private func interrupt(_ pid: Pid) {
        runtime.kill(pid)
        write("** (proctor) interrupted by Ctrl-C: that input stopped; your variables are kept (Ctrl-C twice at an empty prompt leaves)\n\n")
        pendingInput = ""
        startShell()
    }

    private func report(_ outcome: ShellBody.Outcome, bindingNames: [String]) {
        switch outcome {
        case .value(let result):
            guard case .tuple(let box) = result, box.elements.count == 2, let values = box.elements[1].properListElements else { return }
            bindings = Array(zip(bindingNames, values)).map { (name: $0.0, value: $0.1) }
            if box.elements[0] != Self.hiddenResult { write(box.elements[0].inspectForIO(InspectOptions(pretty: true)) + "\n") }
            history.record(box.elements[0], counter: counter)
            counter += 1
        case .raised(let error, let trace):
            write(IExErrorText.text(for: error, trace: trace) + "\n")
        }
    }

    /// The shell died while evaluating: iex reports it at once; the crashed process's own
    /// log report comes with the next input, as iex's asynchronous logger shows it.
    private func shellDied(_ record: ExitRecord) {
        write(shellDeathReport(record))
        output.hold()
        restartShell()
    }

    private func shellDeathReport(_ record: ExitRecord) -> String {
        "** (EXIT from \(record.pid.inspectText)) shell process exited with reason: \(ExitFormatter.format(record.reason))\n\n"
            + Self.banner + "\n"
    }

    private func restartShell() {
        bindings = []
        counter = 1
        history = ShellHistory()
        pendingInput = ""
        startShell()
    }

    /// Between inputs other processes run until they all wait; what they print shows with the next input.
    func settle() {
        output.hold()
        _ = runtime.runWhileRunnable(limits: RunLimits(wallTimeNanoseconds: 100_000_000))
    }

    /// Lets background processes run for up to `milliseconds` while the learner is typing
    /// (timers fire, spawned processes print), and returns what they printed, for a terminal
    /// to show above the line being edited. Piped sessions do not need it.
    public func runInBackground(milliseconds: Int) -> String {
        let capture = CapturingOutputSink()
        output.redirect(to: capture)
        defer { output.redirect(to: nil) }
        StructLayouts.$current.withValue(program.structs.layouts) {
            _ = runtime.run(limits: RunLimits(wallTimeNanoseconds: Int64(milliseconds) * 1_000_000))
        }
        return capture.standardOutput + capture.standardError
    }

    /// Lets `milliseconds` of the session's clock pass between two inputs, as while a person
    /// types the next one: timers fire and processes run; what they print shows with the next
    /// input. On the virtual clock it takes no real time (a transcript's check types this way).
    public func pause(milliseconds: Int) {
        StructLayouts.$current.withValue(program.structs.layouts) {
            _ = runtime.run(limits: RunLimits(wallTimeNanoseconds: 1_000_000_000), deadline: runtime.now.adding(milliseconds: milliseconds))
        }
    }

    /// Writes anything still held and ends the session.
    public func finish() {
        output.releaseHeldOutput()
    }

    private func startShell() {
        let body = ShellBody(history: history)
        guard let spawned = try? runtime.spawn(body, options: SpawnOptions(keepsExitRecord: true, logsCrashes: false)) else { return }
        shell = (spawned.pid, body)
        _ = runtime.runWhileRunnable(limits: RunLimits(wallTimeNanoseconds: 10_000_000))
    }

    func write(_ text: String) {
        output.write(text, to: .standardOutput)
    }
}

/// How iex shows an error raised by an input: `** (RuntimeError) x`, `** (exit) :bye`, `** (throw) :b`.
/// Then the stack trace (frames of the inputs themselves left out), or a blank line when there is none.
enum IExErrorText {
    static func text(for error: GuestError, trace: [String]) -> String {
        let banner: String
        switch error.kind {
        case .error: banner = ExceptionFormatter.banner(error.value)
        case .exit: banner = "** (exit) " + ExitFormatter.format(error.value)
        case .throw: banner = "** (throw) " + error.value.inspect()
        }
        return trace.isEmpty ? banner + "\n" : StackTrace.appended(to: banner, trace)
    }
}

/// The session's output: written through while an input runs, held between inputs
/// so that what background processes print appears with the next input, as in iex.
final class SessionOutput: OutputSink {
    private let destination: any OutputSink
    private var held: [(String, OutputStreamKind)]?
    private var redirected: (any OutputSink)?

    /// Sends everything (held output first) to `sink` until redirected back with nil.
    func redirect(to sink: (any OutputSink)?) {
        if let sink {
            for (text, stream) in held ?? [] { sink.write(text, to: stream) }
            held = nil
        }
        redirected = sink
    }

    init(destination: any OutputSink) { self.destination = destination }

    func write(_ text: String, to stream: OutputStreamKind) {
        if let redirected {
            redirected.write(text, to: stream)
        } else if held != nil {
            held?.append((text, stream))
        } else {
            destination.write(text, to: stream)
        }
    }

    func hold() { if held == nil { held = [] } }

    /// Writes `text` to the terminal now, ahead of anything held.
    func writeThrough(_ text: String) {
        destination.write(text, to: .standardOutput)
    }

    func releaseHeldOutput() {
        let pending = held ?? []
        held = nil
        for (text, stream) in pending { destination.write(text, to: stream) }
    }
}
