import ArgumentParser
import Runtime

/// How much memory learner code may use before proctor stops the process to blame.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-memory-mb"), help: "Memory the Elixir code may use, in MB (default: 2048, or half the machine's memory).")
    var maxMemoryMegabytes: Int?

    /// The limit in bytes.
    var memoryLimitBytes: Int {
        maxMemoryMegabytes.map { max($0, 16) << 20 } ?? RuntimeOptions.defaultMemoryLimit
    }
}
