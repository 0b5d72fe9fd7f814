import Foundation
import Language

/// `proctor dev check`: proves a course works — every transcript prints what it shows,
/// every starter fails its tests (the first test first), every reference solution passes,
/// the tests kill every mutant of the solution not marked equivalent, and the course keeps
/// the size rules of `Lessons/FORMAT.md` section 6.
public struct DevCheck {
    /// One thing wrong with the course, at a lesson file's line.
    public struct Problem: Sendable, CustomStringConvertible {
        /// The lesson file.
        public let file: String
        /// The line the problem is about.
        public let line: Int
        /// What is wrong.
        public let message: String

        /// `FILE:LINE: message`.
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// The grader the checks use.
    public let grader: Grader
    /// How many schedules besides the default each test of a reference solution must pass under.
    public let schedules: Int

    /// A dev check grading with `grader`, solutions under `schedules` schedules besides the default.
    public init(grader: Grader = Grader(), schedules: Int = 100) {
        self.grader = grader
        self.schedules = schedules
    }

    /// Every problem of `course`; `progress` hears each lesson as it is checked, `mutations`
    /// each exercise's mutation report.
    public func problems(
        in course: Course, progress: (Lesson) -> Void = { _ in }, mutations: (MutationReport) -> Void = { _ in }
    ) -> [Problem] {
        var problems = courseRules(course)
        for lesson in course.lessons {
            progress(lesson)
            problems += lesson.transcripts.compactMap(transcriptProblem)
            problems += lesson.charts.compactMap(chartProblem)
            for exercise in lesson.exercises {
                problems += exerciseProblems(exercise, in: lesson)
                let report = MutationCheck(grader: grader).report(for: exercise)
                mutations(report)
                problems += mutationProblems(report, in: lesson)
            }
        }
        return problems
    }

    /// The problems the mutation check found: surviving mutants (with their diffs), mutants
    /// that did not load, equivalence marks that match no surviving mutant.
    public func mutationProblems(_ report: MutationReport, in lesson: Lesson) -> [Problem] {
        let exercise = report.exercise
        func problem(_ message: String) -> Problem { Problem(file: lesson.file, line: exercise.line, message: message) }
        if let failure = report.printFailure { return [problem("the mutation check of `\(exercise.id)` cannot run: \(failure)")] }
        var problems = report.survivors.map { mutant in
            problem("a mutant of the solution of `\(exercise.id)` passes every test (`\(mutant.id)`); add a test that fails it, or mark it under ### Equivalent mutants with the reason\n\(report.diff(of: mutant))")
        }
        problems += report.invalid.map { mutant in
            problem("a mutant of the solution of `\(exercise.id)` does not load (`\(mutant.id)`): the mutation check made invalid Elixir\n\(report.diff(of: mutant))")
        }
        problems += report.staleMarks.map { mark in
            problem("`\(mark.id)` is marked equivalent in `\(exercise.id)`, but no such mutant passes the tests: remove the mark")
        }
        return problems
    }

    /// The problem with a transcript: the first line where the session's screen differs.
    public func transcriptProblem(_ transcript: Transcript) -> Problem? {
        let expected = TranscriptRunner.mask(transcript.text).split(separator: "\n", omittingEmptySubsequences: false)
        let actual = TranscriptRunner.mask(TranscriptRunner.render(transcript)).split(separator: "\n", omittingEmptySubsequences: false)
        guard expected != actual else { return nil }
        let index = (0..<min(expected.count, actual.count)).first { expected[$0] != actual[$0] } ?? min(expected.count, actual.count)
        let shown = index < actual.count ? "`\(actual[index])`" : "nothing"
        let wanted = index < expected.count ? "`\(expected[index])`" : "nothing"
        return Problem(
            file: transcript.file, line: transcript.line + 1 + index,
            message: "the iex transcript differs: proctor prints \(shown) where the lesson shows \(wanted)")
    }

    /// The problem with a `trace` block: the first line where proctor's chart differs from the lesson's.
    public func chartProblem(_ chart: LessonChart) -> Problem? {
        let expected = chart.text.split(separator: "\n", omittingEmptySubsequences: false)
        let actual = chart.drawn().split(separator: "\n", omittingEmptySubsequences: false)
        guard expected != actual else { return nil }
        let index = (0..<min(expected.count, actual.count)).first { expected[$0] != actual[$0] } ?? min(expected.count, actual.count)
        let shown = index < actual.count ? "`\(actual[index])`" : "nothing"
        return Problem(
            file: chart.file, line: chart.line + 1 + index,
            message: "the trace chart differs: proctor draws \(shown) there (replace the block with what `proctor run --trace` draws)")
    }

    /// The problems with an exercise: its solution must pass, its starter must fail on its first test.
    public func exerciseProblems(_ exercise: Exercise, in lesson: Lesson) -> [Problem] {
        var problems: [Problem] = []
        let file = exercise.id + ".exs"
        let exploring = ScheduleExploration(schedules: schedules, wallTimeNanoseconds: Int64.max / 2)
        let solved = Grader(budget: grader.budget, exploration: schedules > 0 ? exploring : nil)
            .grade(exercise.solution, fileName: file, exercise: exercise)
        if solved.status != .pass {
            let why = solved.message ?? solved.firstFailure.map { "test \"\($0.name)\": \($0.message ?? "")" } ?? "no tests ran"
            let schedule = solved.schedules?.failure.map { " under the schedule \($0.token) (`proctor check \(exercise.id) --schedule \($0.token)` replays it)" } ?? ""
            problems.append(Problem(file: lesson.file, line: exercise.line, message: "the solution of `\(exercise.id)` does not pass\(schedule): \(why)"))
        }
        let started = grader.grade(exercise.starter, fileName: file, exercise: exercise)
        if started.status == .pass {
            problems.append(Problem(file: lesson.file, line: exercise.line, message: "the starter of `\(exercise.id)` already passes its tests"))
        } else if let first = started.tests.first, first.status == .pass {
            let failing = started.firstFailure?.name ?? "?"
            problems.append(Problem(
                file: lesson.file, line: exercise.line,
                message: "the starter of `\(exercise.id)` passes its first test; the first to fail is \"\(failing)\": order the tests so the first failure says what to do next"))
        } else if started.status == .error {
            problems.append(Problem(file: lesson.file, line: exercise.line, message: "the starter of `\(exercise.id)` does not load: \(started.message ?? "")"))
        }
        return problems
    }

    /// The size rules: 600-1500 words in each lesson part, 2-3 exercises a lesson, 14 in the course, 3-8 tests each.
    public func courseRules(_ course: Course) -> [Problem] {
        var problems: [Problem] = []
        for lesson in course.lessons {
            let words = LessonWords.count(inLessonPartOf: lesson)
            if !(600...1500).contains(words) {
                problems.append(Problem(file: lesson.file, line: 1, message: "the lesson part has \(words) words; it should have 600 to 1500"))
            }
            if !(2...3).contains(lesson.exercises.count) {
                problems.append(Problem(file: lesson.file, line: 1, message: "the lesson has \(lesson.exercises.count) exercises; it should have 2 or 3"))
            }
            for exercise in lesson.exercises {
                let tests = exercise.tests.components(separatedBy: "\n").filter { $0.trimmedOfSpaces.hasPrefix("test \"") }.count
                if !(3...8).contains(tests) {
                    problems.append(Problem(file: lesson.file, line: exercise.line, message: "`\(exercise.id)` has \(tests) tests; it should have 3 to 8"))
                }
            }
        }
        let total = course.lessons.reduce(0) { $0 + $1.exercises.count }
        if total < 14, let first = course.lessons.first {
            problems.append(Problem(file: first.file, line: 1, message: "the course has \(total) exercises; it should have at least 14"))
        }
        return problems
    }
}

/// Counts the words of a lesson part as `Lessons/FORMAT.md` section 6 does.
enum LessonWords {
    /// Every whitespace-separated word of the lesson part's blocks.
    static func count(inLessonPartOf lesson: Lesson) -> Int {
        var words = 0
        for block in lesson.blocks {
            if case .heading(2, let text) = block, text.hasPrefix("Exercise ") { break }
            words += text(of: block).split(whereSeparator: \.isWhitespace).count
        }
        return words
    }

    private static func text(of block: LessonBlock) -> String {
        switch block {
        case .heading(_, let text), .paragraph(let text): return text
        case .list(_, let items): return items.joined(separator: " ")
        case .code(_, let text): return text
        case .transcript(let transcript): return transcript.text
        case .chart(let chart): return chart.text
        }
    }
}
