import ArgumentParser
import Courseware

/// `proctor dev`: commands for course authors.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev", abstract: "Commands for course authors.", subcommands: [DevCheckCommand.self])
}

/// `proctor dev check`: the course works — transcripts, starters, solutions, size rules.
struct DevCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the course: every lesson parses, every iex transcript prints what it shows, every starter fails, every solution passes under 100 schedules or more, and the tests kill every mutant of the solutions.")

    @OptionGroup var course: CourseOptions

    @Flag(name: .long, help: "List every mutant of every solution with the test that killed it.")
    var mutants = false

    @Option(help: "How many schedules besides the default every test of a reference solution must pass under (default: 100).")
    var schedules = 100

    func validate() throws {
        if schedules < 0 { throw ValidationError("--schedules takes a count of 0 or more.") }
    }

    func run() throws {
        let loaded = try course.load()
        let style = TerminalStyle.forStandardOutput
        var mutation = MutationSummary()
        let problems = DevCheck(schedules: schedules).problems(in: loaded) { lesson in
            print("checking \(lesson.file) (\(lesson.transcripts.count) transcripts, \(lesson.exercises.count) exercises)")
        } mutations: { report in
            print(mutation.add(report))
            if mutants { print(MutationSummary.listing(report)) }
        }
        print(mutation.total)
        let transcripts = loaded.lessons.reduce(0) { $0 + $1.transcripts.count }
        let summary = "\(loaded.lessons.count) lessons, \(transcripts) transcripts, \(loaded.exercises.count) exercises"
        guard problems.isEmpty else {
            for problem in problems { printError(VisibleText.escaped(problem.description)) }
            printError(style.fail("\(summary): \(problems.count) problem\(problems.count == 1 ? "" : "s")"))
            throw ExitCode(1)
        }
        print(style.pass("\(summary): all good"))
    }
}
