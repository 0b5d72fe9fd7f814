/// The part of the standard library written in Elixir itself: everything that
/// calls back into guest code (Enum with functions, Task, Agent) or waits in a
/// receive (`Process.sleep`), so it can suspend like any guest code.
public enum Prelude {
    /// The file name the prelude's code reports in stack traces.
    public static let fileName = "prelude.ex"
    /// The prelude's sources, one per area; a program compiles each the first time it needs
    /// one of its modules, so a script that uses none starts at once.
    public static let chunks = [
        enumSource, processSource, taskSource, agentSource, dataSource, listSource, setRangeSource, streamSource, textSource,
        exUnitSource, exceptionSource, kernelSource, kernelAccessSource, timerSource, iexSource, genServerSource, supervisorSource,
        dynamicSupervisorSource, taskSupervisorSource, registrySource, loggerSource,
    ]

    /// The whole prelude as one source (what `dev` tools and tests compile at once).
    public static var source: String { chunks.joined(separator: "\n") }

    /// The modules each chunk defines, read once per host process (every new program needs them).
    static let chunkModuleNames = chunks.map(moduleNames)

    /// The modules a chunk defines, by their atom names (`Elixir.Enum`, `timer`).
    static func moduleNames(in chunk: String) -> [String] {
        chunk.lineSlices.compactMap { line in
            guard line.hasPrefix("defmodule "), line.hasSuffix(" do") else { return nil }
            let name = line.dropFirst("defmodule ".count).dropLast(" do".count)
            return name.hasPrefix(":") ? String(name.dropFirst()) : "Elixir." + name
        }
    }
}
