@testable import Courseware
import Language
import Testing

/// The course's exercise with this id.
private func courseExercise(_ id: String) throws -> Exercise {
    try #require(LessonFiles.lessons.flatMap(\.exercises).first { $0.id == id })
}

/// `exercise` with other tests and equivalence marks.
private func variant(of exercise: Exercise, tests: String? = nil, marks: [EquivalentMutant] = []) -> Exercise {
    Exercise(
        id: exercise.id, title: exercise.title, statement: exercise.statement, starter: exercise.starter,
        tests: tests ?? exercise.tests, hints: exercise.hints, solution: exercise.solution, line: exercise.line,
        equivalentMutants: marks)
}

@Test func theSleepyProcessSolutionHasTheseMutants() throws {
    let ids = try MutantGenerator(exercise: try courseExercise("sleepy_process")).mutants().map(\.id)
    #expect(ids == [
        "placeholder at 2:3", "spawn-ok at 3:5", "inline-spawn at 3:5", "duration at 3:31 -> 0",
        "duration at 3:31 -> 1", "duration at 3:31 -> 1000", "duration at 3:31 -> :infinity",
    ])
}

@Test(arguments: ExerciseCase.all)
func everyMutantParsesAndDiffersFromTheSolution(_ exerciseCase: ExerciseCase) throws {
    let generator = try MutantGenerator(exercise: exerciseCase.exercise)
    let mutants = generator.mutants()
    #expect(!mutants.isEmpty)
    #expect(Set(mutants.map(\.id)).count == mutants.count)
    for mutant in mutants {
        #expect(ElixirParser.parse(mutant.source).tree != nil, "\(mutant.id)")
        #expect(mutant.source != generator.printedSolution, "\(mutant.id)")
    }
}

/// The first exercise's tests before the mutation check: nothing waited before checking that the process lived.
@Test func theOldSleepyTestsLetAProcessThatDoesNothingSurvive() throws {
    let sleepy = try courseExercise("sleepy_process")
    let weak = sleepy.tests.replacingOccurrences(of: "    pid = Sleepy.start(200)\n    Process.sleep(100)\n", with: "    pid = Sleepy.start(200)\n")
    #expect(weak != sleepy.tests)
    let report = MutationCheck().report(for: variant(of: sleepy, tests: weak))
    #expect(report.survivors.map(\.id) == ["spawn-ok at 3:5", "duration at 3:31 -> 0", "duration at 3:31 -> 1"])
    let lesson = try #require(LessonFiles.lessons.first)
    let problems = DevCheck().mutationProblems(report, in: lesson).map(\.description)
    #expect(problems.count == 3)
    #expect(problems.first?.hasPrefix("\(lesson.file):\(sleepy.line): a mutant of the solution of `sleepy_process` passes every test (`spawn-ok at 3:5`)") == true)
    #expect(problems.first?.contains("\n-    spawn(fn -> Process.sleep(ms) end)\n+    spawn(fn -> :ok end)\n") == true)
}

@Test func aMarkedSurvivorIsEquivalentAndAMarkOnAKilledMutantIsStale() throws {
    let sleepy = try courseExercise("sleepy_process")
    let weak = sleepy.tests.replacingOccurrences(of: "    Process.sleep(100)\n    assert Process.alive?(pid)", with: "    assert Process.alive?(pid)")
    let marks = [
        EquivalentMutant(id: "spawn-ok at 3:5", reason: "made up for this test"),
        EquivalentMutant(id: "duration at 3:31 -> 1000", reason: "killed, so stale"),
    ]
    let report = MutationCheck().report(for: variant(of: sleepy, tests: weak, marks: marks))
    #expect(report.equivalents.map(\.mutant.id) == ["spawn-ok at 3:5"])
    #expect(report.staleMarks.map(\.id) == ["duration at 3:31 -> 1000"])
    #expect(!report.survivors.map(\.id).contains("spawn-ok at 3:5"))
}

@Test func aDiffShowsTheChangedLinesWithTwoLinesAround() {
    let diff = LineDiff.unified(from: "a\nb\nc\nd\ne\nf", to: "a\nb\nc\nX\ne\nf")
    #expect(diff == "@@ -2,5 +2,5 @@\n b\n c\n-d\n+X\n e\n f")
}

private let lessonWithMarks = """
    ---
    id: marks
    title: Marks
    order: 1
    summary: A lesson with an equivalent mutant
    ---

    # Marks

    Text.

    ## Exercise marked: Marked

    ### Statement

    Do it.

    ### Starter

    ```elixir
    defmodule M do
    end
    ```

    ### Tests

    ```elixir
    defmodule MTest do
      use ExUnit.Case
    end
    ```

    ### Hints

    1. One.
    2. Two.

    ### Solution

    ```elixir
    defmodule M do
    end
    ```

    ### Equivalent mutants

    - `number at 6:7 -> 1`: a reason that
      wraps.
    """

@Test func theLessonParserReadsEquivalentMutants() throws {
    let lesson = try LessonParser(text: lessonWithMarks, file: "marks.md").parse()
    #expect(lesson.exercises.first?.equivalentMutants == [EquivalentMutant(id: "number at 6:7 -> 1", reason: "a reason that wraps.")])
}

@Test func aMarkWithoutAReasonIsALessonError() {
    let broken = lessonWithMarks.replacingOccurrences(of: ": a reason that\n  wraps.", with: "")
    #expect(throws: LessonError(file: "marks.md", line: 47, message: "an equivalent mutant is written `- `ID`: why no test can tell it from the solution`")) {
        try LessonParser(text: broken, file: "marks.md").parse()
    }
}
