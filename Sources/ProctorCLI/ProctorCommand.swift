import ArgumentParser
import Courseware

/// The `proctor` command line.
public struct ProctorCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "proctor",
        abstract: "Learn Elixir processes in your terminal, on proctor's own BEAM-style runtime.",
        discussion: """
            proctor runs Elixir code on its own embedded process runtime: no Erlang or Elixir install needed.
            Start with `proctor init`, then `proctor read spawn` and `proctor check`.
            Shell completions: `proctor --generate-completion-script bash` (or zsh, fish).
            """,
        version: ProctorVersion.text,
        subcommands: [
            InitCommand.self, LessonsCommand.self, ReadCommand.self, CheckCommand.self, WatchCommand.self,
            NextCommand.self, TestsCommand.self, HintCommand.self, SolutionCommand.self, ResetCommand.self, ProgressCommand.self,
            RunCommand.self, IexCommand.self, DevCommand.self,
        ]
    )

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    public init() {}

    /// Parses the command line and runs the command; `--explore` without a count takes the default one.
    public static func main() {
        main(RunCommand.explicitExploreCount(Array(CommandLine.arguments.dropFirst())))
    }

    /// With no subcommand: a welcome on the first run, afterwards where the learner is and the next step.
    public func run() throws {
        let loaded = try course.load()
        let progress = try learner.open(for: loaded)
        let style = TerminalStyle.forStandardOutput
        if !(try progress.use { try $0.hasSeenWelcome(learner: $1) }) {
            print(WordWrap.forOutput(Welcome.text(course: loaded, style: style)))
            try progress.use { try $0.markWelcomeSeen(learner: $1) }
            return
        }
        print(WordWrap.forOutput(try Welcome.status(course: loaded, progress: progress, learner: learner.name, style: style)))
    }
}
