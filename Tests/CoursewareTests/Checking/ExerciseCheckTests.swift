import Courseware
import Foundation
import GRDB
import Testing
import TestSupport

/// A fresh store and a learner in it.
private func freshStore() throws -> (ProgressStore, Int64) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("proctor-check-\(UUID().uuidString)/progress.sqlite3").path
    let store = try ProgressStore(path: path)
    return (store, try store.learnerID(named: "alice"))
}

/// A clock stopped at `seconds` after the reference date.
private func stopped(at seconds: Double) -> @Sendable () -> Date {
    { Date(timeIntervalSinceReferenceDate: seconds) }
}

@Suite struct ExerciseCheckTests {
    let course = try? Course.embedded()

    @Test func aFailIsRecordedOnTheInjectedClockAndKeepsTheLearnerOnIt() throws {
        let course = try #require(course)
        let (store, alice) = try freshStore()
        let first = course.exercises[0]
        let check = ExerciseCheck(course: course, store: store, learner: alice, clock: stopped(at: 1000))
        let outcome = try check.run(first, source: first.exercise.starter, fileName: "a.exs", named: false)
        #expect(!outcome.passed)
        #expect(outcome.moved)
        #expect(outcome.position?.exercise.id == first.exercise.id)
        #expect(outcome.next == nil)
        let recorded = try store.attempts(exercise: first.exercise.id, learner: alice)
        #expect(recorded.map(\.startedAt) == [Date(timeIntervalSinceReferenceDate: 1000)])
        #expect(outcome.progress[first.exercise.id]?.attempts == 1)
        #expect(try store.position(course: course.identity, learner: alice) == first.exercise.id)
    }

    @Test func aPassMovesTheLearnerToTheNextExerciseInTheSameTransaction() throws {
        let course = try #require(course)
        let (store, alice) = try freshStore()
        let first = course.exercises[0]
        let check = ExerciseCheck(course: course, store: store, learner: alice, clock: stopped(at: 2000))
        let outcome = try check.run(first, source: first.exercise.solution, fileName: "a.exs", named: false)
        #expect(outcome.passed)
        #expect(outcome.next?.exercise.id == course.exercises[1].exercise.id)
        #expect(outcome.position?.exercise.id == course.exercises[1].exercise.id)
        #expect(outcome.progress.passed == [first.exercise.id])
        #expect(outcome.completedLesson == nil)
        #expect(!outcome.completedCourse)
        #expect(try store.position(course: course.identity, learner: alice) == course.exercises[1].exercise.id)
    }

    @Test func checkingAnotherExerciseKeepsThePlaceUnlessItIsTheNextOne() throws {
        let course = try #require(course)
        let (store, alice) = try freshStore()
        let check = ExerciseCheck(course: course, store: store, learner: alice)
        let far = course.exercises[4]
        let away = try check.run(far, source: far.exercise.starter, fileName: "e.exs", named: true)
        #expect(!away.moved)
        #expect(away.position?.exercise.id == course.exercises[0].exercise.id)
        #expect(try store.position(course: course.identity, learner: alice) == nil)
        let second = course.exercises[1]
        let next = try check.run(second, source: second.exercise.starter, fileName: "b.exs", named: true)
        #expect(next.moved)
        #expect(next.position?.exercise.id == second.exercise.id)
        let back = try check.run(far, source: far.exercise.starter, fileName: "e.exs", named: true)
        #expect(!back.moved)
        #expect(back.position?.exercise.id == second.exercise.id)
    }

    @Test func gradingAloneRecordsNothing() throws {
        let course = try #require(course)
        let (store, alice) = try freshStore()
        let first = course.exercises[0]
        let graded = ExerciseCheck(course: course, store: store, learner: alice).grade(first, source: first.exercise.solution, fileName: "a.exs")
        #expect(graded.report.status == .pass)
        #expect(try store.attempts(exercise: first.exercise.id, learner: alice).isEmpty)
    }

    @Test func theLastPassCompletesTheLessonAndTheCourseOnce() throws {
        let course = try TinyCourse.course()
        let (store, alice) = try freshStore()
        let only = try #require(course.exercises.first)
        let check = ExerciseCheck(course: course, store: store, learner: alice)
        let done = try check.run(only, source: only.exercise.solution, fileName: "s.exs", named: false)
        #expect(done.completedLesson?.id == only.lesson.id)
        #expect(done.completedCourse)
        #expect(done.next == nil)
        let again = try check.run(only, source: only.exercise.solution, fileName: "s.exs", named: false)
        #expect(again.completedLesson == nil)
        #expect(!again.completedCourse)
    }

    @Test func verifyingGradesEveryFileAndRecordsNothing() throws {
        let course = try #require(course)
        let (store, alice) = try freshStore()
        let submissions = course.exercises.prefix(3).enumerated().map { index, exercise in
            ExerciseCheck.Submission(
                exercise: exercise, fileName: "\(index).exs",
                source: index == 0 ? exercise.exercise.solution : index == 1 ? exercise.exercise.starter : nil)
        }
        let grades = ExerciseCheck(course: course, store: store, learner: alice).gradeAll(submissions)
        #expect(grades.map { $0?.report.status } == [.pass, .fail, nil])
        #expect(try store.progress(learner: alice, in: course).records.isEmpty)
    }
}
