import ArgumentParser

/// The `proctor` command line.
public struct ProctorCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "proctor",
        abstract: "Learn Elixir processes in your terminal, on proctor's own BEAM-style runtime.",
        discussion: """
            proctor runs Elixir code on its own embedded process runtime: no Erlang or Elixir install needed.
            The learner's commands (init, check, watch, hint, progress) are being built; `lessons`, `read`, `run` and `iex` work today.
            """,
        subcommands: [LessonsCommand.self, ReadCommand.self, RunCommand.self, IexCommand.self]
    )

    public init() {}

    /// With no subcommand: a short welcome and the commands that work.
    public func run() throws {
        print("""
            proctor — learn Elixir processes in your terminal

              proctor lessons        the lessons and their exercises
              proctor read spawn     read a lesson (by id or number)
              proctor run FILE.exs   run an Elixir script, as `elixir FILE.exs` does
              proctor iex            the interactive shell, as `iex` is

            `proctor --help` lists every command and option.
            """)
    }
}
