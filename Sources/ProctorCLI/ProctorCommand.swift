#if canImport(Glibc)
import Glibc
#endif
import Language
import Runtime

/// The `proctor` command line: `proctor run FILE.exs` for now; the course commands come next.
public enum ProctorCommand {
    /// Runs the command line with the process's arguments and exits with its status.
    public static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        exit(run(arguments))
    }

    static func run(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else {
            print(usage)
            return 0
        }
        switch command {
        case "run":
            let options = arguments.dropFirst().filter { $0.hasPrefix("--") }
            let files = arguments.dropFirst().filter { !$0.hasPrefix("--") }
            guard files.count == 1, options.allSatisfy({ $0 == "--dump-bytecode" }), let file = files.first else {
                printError("usage: proctor run [--dump-bytecode] FILE.exs")
                return 64
            }
            return RunCommand.run(path: file, dumpBytecode: options.contains("--dump-bytecode"))
        case "iex":
            return IexCommand.run()
        case "--help", "-h", "help":
            print(usage)
            return 0
        default:
            printError("proctor: unknown command '\(command)'\n\n\(usage)")
            return 64
        }
    }

    static let usage = """
        proctor — learn Elixir processes in your terminal

        usage: proctor <command>

          run FILE.exs   run an Elixir script on proctor's own runtime, as `elixir FILE.exs` does
                         (--dump-bytecode: print the compiled bytecode instead of running it)
          iex            the interactive shell (variables, flush(), h(); history kept across runs)

        The course commands (init, read, check, watch) are being built; see README.md.
        """

    static func printError(_ text: String) {
        StandardOutputSink().write(text + "\n", to: .standardError)
    }
}
