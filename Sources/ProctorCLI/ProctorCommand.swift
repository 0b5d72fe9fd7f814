import ArgumentParser

/// The `proctor` command line.
public struct ProctorCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "proctor",
        abstract: "Learn Elixir processes in your terminal, on proctor's own BEAM-style runtime.",
        discussion: """
            proctor runs Elixir code on its own embedded process runtime: no Erlang or Elixir install needed.
            The course commands (init, read, check, watch) are being built; `run` and `iex` work today.
            """,
        subcommands: [RunCommand.self, IexCommand.self]
    )

    public init() {}

    /// With no subcommand: a short welcome and the commands that work.
    public func run() throws {
        print("""
            proctor — learn Elixir processes in your terminal

              proctor run FILE.exs   run an Elixir script, as `elixir FILE.exs` does
              proctor iex            the interactive shell, as `iex` is

            `proctor --help` lists every command and option.
            """)
    }
}
