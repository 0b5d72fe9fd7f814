#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Courseware
import Language
import Runtime

/// `proctor run FILE.exs`: runs a script as `elixir FILE.exs` does, with its output and exit code.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an Elixir script on proctor's runtime, as `elixir FILE.exs` does."
    )

    @Argument(help: "The .exs file to run.")
    var file: String

    @Flag(name: .customLong("dump-bytecode"), help: "Print the compiled bytecode instead of running the file.")
    var dumpBytecode = false

    @Option(help: "Stop the script after this many seconds (default: run until it ends, as elixir does).")
    var timeout: Double?

    @Flag(help: "After the run, draw what the processes did: a message sequence chart (on standard error).")
    var trace = false

    @Option(help: "Run under this schedule on the virtual clock, as `--explore` printed it (`d4.1`, `r3fa92c`): the same interleaving every time.")
    var schedule: String?

    @Option(help: "Run the script under N schedules on the virtual clock (`--explore` alone: \(RunCommand.defaultExploreCount)) and list every distinct output, how often it appeared, and how to replay it.")
    var explore: Int?

    @OptionGroup var limits: LimitOptions

    /// How many schedules `--explore` without a number tries.
    static let defaultExploreCount = 100

    func validate() throws {
        if let timeout { try LimitOptions.validate(timeout: timeout) }
        if let schedule, Schedule(token: schedule) == nil {
            throw ValidationError("--schedule takes a token as `proctor run --explore` prints it, such as `d4.1` or `r3fa92c`.")
        }
        if let explore, explore < 1 { throw ValidationError("--explore takes a count of 1 or more.") }
    }

    func run() throws {
        let output = StandardOutputSink()
        let source: String
        switch SourceFile.read(file) {
        case .success(let text):
            source = text
        case .failure(let problem):
            output.write(problem.message + "\n", to: .standardError)
            throw ExitCode(1)
        }
        let runLimits = RunLimits(wallTimeNanoseconds: timeout.map { Int64($0 * 1e9) })
        if let explore, !dumpBytecode {
            let seconds = timeout ?? 10
            let explorer = ScriptExplorer(limits: RunLimits(wallTimeNanoseconds: Int64(seconds * 1e9)), memoryLimitBytes: limits.memoryLimitBytes)
            print(ExploreReport(file: file, count: explore).render(explorer.explore(source: source, file: file, count: explore)))
            return
        }
        let recorder = trace ? TraceRecorder() : nil
        let replayed = schedule.flatMap { Schedule(token: $0) }
        var runner = ScriptRunner(
            output: output, clock: replayed == nil ? .real : .virtual, limits: runLimits, memoryLimitBytes: limits.memoryLimitBytes,
            observer: recorder?.observer)
        runner.schedule = replayed
        let status = dumpBytecode ? dump(source: source, output: output) : runner.run(source: source, file: file)
        if let recorder, !dumpBytecode { drawChart(recorder, output: output) }
        if status != 0 { throw ExitCode(status) }
    }

    /// The arguments with `--explore` given a count when none follows it (`--explore FILE.exs`).
    static func explicitExploreCount(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            result.append(argument)
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if argument == "--explore", next.flatMap({ Int($0) }) == nil { result.append(String(defaultExploreCount)) }
        }
        return result
    }

    private func drawChart(_ recorder: TraceRecorder, output: StandardOutputSink) {
        let style = TerminalStyle.forStandardError
        let chart = SequenceChart(recorder.snapshot, width: TerminalStyle.width, colour: style.enabled)
        output.write("\n" + style.bold("What the processes did (proctor run --trace):") + "\n" + chart.render(), to: .standardError)
    }

    private func dump(source: String, output: StandardOutputSink) -> Int32 {
        let program = Program()
        do {
            output.write(Disassembler.listing(of: try program.compile(source, file: file)), to: .standardOutput)
            return 0
        } catch {
            for message in error.messages(file: file, source: source) { output.write(message + "\n", to: .standardError) }
            return 1
        }
    }
}

/// Reading a learner's source file.
enum SourceFile {
    /// Why a file could not be read, in words that name it and say what to do.
    struct Problem: Error {
        let message: String
    }

    /// The file's text, or why it cannot be run.
    static func read(_ path: String) -> Result<String, Problem> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .failure(Problem(message: "** (File.Error) could not read file \"\(path)\": no such file or directory"))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(Problem(message: "** (File.Error) could not read file \"\(path)\": illegal operation on a directory"))
        }
        if Int(info.st_size) > SourceText.maximumBytes {
            return .failure(Problem(message: "** (proctor) " + SourceText.Problem.tooLarge(bytes: Int(info.st_size)).message(file: path)))
        }
        guard let handle = fopen(path, "rb") else {
            return .failure(Problem(message: "** (File.Error) could not read file \"\(path)\": permission denied"))
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return SourceText.decode(bytes).mapError { Problem(message: "** (proctor) " + $0.message(file: path)) }
    }
}
