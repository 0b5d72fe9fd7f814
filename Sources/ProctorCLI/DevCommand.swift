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
        abstract: "Check the course: every lesson parses, every iex transcript prints what it shows, every starter fails and every solution passes.")

    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let style = TerminalStyle.forStandardOutput
        let problems = DevCheck().problems(in: loaded) { lesson in
            print("checking \(lesson.file) (\(lesson.transcripts.count) transcripts, \(lesson.exercises.count) exercises)")
        }
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
