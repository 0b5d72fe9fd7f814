@testable import Courseware
import Foundation
import Testing
import TestSupport

/// One exercise of the course with its lesson, named for test output.
struct ExerciseCase: CustomTestStringConvertible, Sendable {
    let exercise: Exercise
    let lesson: Lesson
    var testDescription: String { exercise.id }

    static var all: [ExerciseCase] {
        LessonFiles.lessons.flatMap { lesson in lesson.exercises.map { ExerciseCase(exercise: $0, lesson: lesson) } }
    }
}

/// `proctor dev check`'s rules for an exercise: the reference solution passes every test,
/// and the starter fails, its first failing test being the first test.
@Test(arguments: ExerciseCase.all)
func exerciseKeepsTheDevCheckRules(_ exerciseCase: ExerciseCase) {
    let problems = DevCheck().exerciseProblems(exerciseCase.exercise, in: exerciseCase.lesson)
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
}

/// `proctor dev check`'s size rules hold for the course in `Lessons/`.
@Test func courseKeepsTheSizeRules() throws {
    let course = try Course(files: LessonFiles.names.map { name in
        (name: "Lessons/" + name, text: (try? String(contentsOf: LessonFiles.folder.appendingPathComponent(name), encoding: .utf8)) ?? "")
    })
    let problems = DevCheck().courseRules(course)
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
}

/// A starter that already passes, or whose first test passes, is reported at the exercise's line.
@Test func devCheckReportsAStarterThatPassesItsFirstTest() throws {
    let lesson = try #require(LessonFiles.lessons.first)
    let exercise = try #require(lesson.exercises.first)
    let broken = Exercise(
        id: exercise.id, title: exercise.title, statement: exercise.statement, starter: exercise.solution,
        tests: exercise.tests, hints: exercise.hints, solution: exercise.starter, line: exercise.line)
    let problems = DevCheck().exerciseProblems(broken, in: lesson).map(\.description)
    #expect(problems.contains { $0.hasPrefix("\(lesson.file):\(exercise.line): the solution of `\(exercise.id)` does not pass") })
    #expect(problems.contains { $0.contains("the starter of `\(exercise.id)` already passes its tests") })
}

/// A transcript that holds only when its inputs are typed faster than a person can (a 100 ms
/// sleep still running at the next prompt) is reported; one with durations a person can type
/// within is not.
@Test(arguments: [(100, 200, true), (10_000, 11_000, false)])
func devCheckFlagsATranscriptThatDependsOnTypingSpeed(child: Int, shell: Int, flagged: Bool) throws {
    let transcript = """
        ```iex
        iex(1)> pid = spawn(fn -> Process.sleep(\(child)) end)
        #PID<0.108.0>
        iex(2)> Process.alive?(pid)
        true
        iex(3)> Process.sleep(\(shell))
        :ok
        iex(4)> Process.alive?(pid)
        false
        ```
        """
    let text = TinyCourse.text().replacingOccurrences(of: "Just one exercise.", with: transcript)
    let course = try Course(files: [("mine/01-mine.md", text)])
    let shown = try #require(course.lessons.first?.transcripts.first)
    let problem = DevCheck().transcriptProblem(shown)
    #expect((problem != nil) == flagged, "\(problem?.description ?? "no problem")")
    if let problem {
        #expect(problem.line == shown.line + 4)
        #expect(problem.message.contains("depends on typing speed: typed one input a second, proctor prints `false` where the lesson shows `true`"))
    }
}
