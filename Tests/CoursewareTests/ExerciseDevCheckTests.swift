import Courseware
import Language
import Runtime
import Testing
import Foundation

/// One exercise of the course, named for test output.
struct ExerciseCase: CustomTestStringConvertible, Sendable {
    let exercise: Exercise
    var testDescription: String { exercise.id }

    static var all: [ExerciseCase] { LessonFiles.lessons.flatMap(\.exercises).map(ExerciseCase.init) }

    /// Runs `learnerSource` against the exercise's tests as the grader does (virtual clock, tests in order).
    func run(_ learnerSource: String) -> (status: Int32, output: String) {
        let output = CapturingOutputSink()
        let source = "ExUnit.start(seed: 0)\n" + learnerSource + "\n" + exercise.tests + "\n"
        let runner = ScriptRunner(output: output, clock: .virtual, limits: RunLimits(wallTimeNanoseconds: 30_000_000_000))
        let status = runner.run(source: source, file: exercise.id + ".exs")
        return (status, output.standardOutput + output.standardError)
    }

    /// The name of the first `test "..."` in the tests block.
    var firstTestName: String? {
        guard let start = exercise.tests.range(of: "test \"") else { return nil }
        let rest = exercise.tests[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

/// `proctor dev check`'s rule for exercises: the reference solution passes every test.
@Test(arguments: ExerciseCase.all)
func solutionPassesItsTests(_ exerciseCase: ExerciseCase) {
    let result = exerciseCase.run(exerciseCase.exercise.solution)
    #expect(result.status == 0, "\(result.output)")
}

/// `proctor dev check`'s rule for exercises: the starter fails, and the first failing test is the first test.
@Test(arguments: ExerciseCase.all)
func starterFailsOnItsFirstTest(_ exerciseCase: ExerciseCase) {
    let result = exerciseCase.run(exerciseCase.exercise.starter)
    #expect(result.status == 2, "\(result.output)")
    if let name = exerciseCase.firstTestName {
        #expect(result.output.contains("  1) test \(name) ("), "\(result.output)")
    }
}
