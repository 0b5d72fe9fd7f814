#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
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

    func run() throws {
        guard let source = SourceFile.read(file) else {
            StandardOutputSink().write("** (File.Error) could not read file \"\(file)\": no such file or directory\n", to: .standardError)
            throw ExitCode(1)
        }
        let output = StandardOutputSink()
        let status = dumpBytecode ? dump(source: source, output: output) : ScriptRunner(output: output).run(source: source, file: file)
        if status != 0 { throw ExitCode(status) }
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
    /// The file's text, or nil when it cannot be read.
    static func read(_ path: String) -> String? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
