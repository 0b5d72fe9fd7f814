#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Courseware

/// Where the course comes from: the lessons built in, or `--lessons DIR` / `PROCTOR_LESSONS`.
struct CourseOptions: ParsableArguments {
    @Option(name: .customLong("lessons"), help: "Load the course from this folder instead of the built-in lessons.")
    var lessonsFolder: String?

    /// The course, or exit 1 with the file and line of the problem.
    func load() throws -> Course {
        let folder = lessonsFolder ?? getenv("PROCTOR_LESSONS").map { String(cString: $0) }
        do {
            if let folder, !folder.isEmpty { return try Course.folder(folder) }
            return try Course.embedded()
        } catch {
            printError("proctor: \(error)")
            throw ExitCode(1)
        }
    }
}

/// `proctor lessons [--json]`: the lessons and their exercises, with the learner's status.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the lessons and their exercises, with your progress.")

    @Flag(name: .customLong("json"), help: "Print them as JSON.")
    var json = false

    @OptionGroup var learner: LearnerOptions
    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        let records = try learner.open(for: loaded).records()
        if json {
            print(JSONText.encode(LessonsJSON(course: loaded, records: records)))
            return
        }
        let style = TerminalStyle.forStandardOutput
        print(ProgressBar.render(done: records.done, total: records.total, style: style) + " exercises passed\n")
        for lesson in loaded.lessons {
            print("\(lesson.order). " + style.bold(lesson.title) + "  " + style.dim("(proctor read \(lesson.id))"))
            print("   " + lesson.summary)
            for exercise in lesson.exercises {
                print("     " + ExerciseStatus(records[exercise.id]).line(for: exercise, record: nil, style: style))
            }
        }
    }
}

/// `proctor lessons --json`: `{"lessons": [{"id", "title", "exercises": [{"id", "status"}]}]}`.
struct LessonsJSON: Encodable {
    struct LessonEntry: Encodable {
        let id: String
        let title: String
        let exercises: [ExerciseEntry]
    }

    struct ExerciseEntry: Encodable {
        let id: String
        let status: ExerciseStatus
    }

    let lessons: [LessonEntry]

    init(course: Course, records: CourseProgress) {
        lessons = course.lessons.map { lesson in
            LessonEntry(id: lesson.id, title: lesson.title, exercises: lesson.exercises.map {
                ExerciseEntry(id: $0.id, status: ExerciseStatus(records[$0.id]))
            })
        }
    }
}

/// `proctor read LESSON`: a lesson rendered for the terminal, through a pager on a terminal.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Read a lesson (by id or number).")

    @Argument(help: "The lesson's id or number, e.g. `spawn` or `1`.")
    var lesson: String

    @OptionGroup var course: CourseOptions

    func run() throws {
        let loaded = try course.load()
        guard let found = loaded.lesson(named: lesson) else {
            let suggestions = loaded.suggestions(for: lesson)
            let hint = suggestions.isEmpty ? "`proctor lessons` lists them" : "did you mean \(suggestions.map { "`\($0)`" }.joined(separator: " or "))?"
            printError("proctor: no lesson named `\(VisibleText.escaped(lesson))`; \(hint)")
            throw ExitCode(1)
        }
        let text = LessonRenderer(style: .forStandardOutput, width: TerminalStyle.width).render(found)
        Pager.show(text)
    }
}

/// Shows long text through `$PAGER` (else `less -R`) on a terminal, or prints it.
enum Pager {
    static func show(_ text: String) {
        guard isatty(STDOUT_FILENO) != 0 else {
            print(text, terminator: "")
            return
        }
        let command = getenv("PAGER").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
        guard let pipe = popen(command, "w") else {
            print(text, terminator: "")
            return
        }
        fputs(text, pipe)
        pclose(pipe)
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    var bytes = Array((text + "\n").utf8)
    _ = write(STDERR_FILENO, &bytes, bytes.count)
}
