import ArgumentParser
import Runtime

/// How much memory learner code may use before proctor stops the process to blame.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-memory-mb"), help: "Memory the Elixir code may use, in MB (default: 2048, or half the machine's memory).")
    var maxMemoryMegabytes: Int?

    /// Fails unless `seconds` is a usable `--timeout` (above 0, below a billion).
    static func validate(timeout seconds: Double) throws {
        guard seconds > 0, seconds < 1e9 else { throw ValidationError("--timeout takes a number of seconds above 0.") }
    }

    /// The limit in bytes.
    var memoryLimitBytes: Int {
        maxMemoryMegabytes.map { max($0, 16) << 20 } ?? RuntimeOptions.defaultMemoryLimit
    }
}
