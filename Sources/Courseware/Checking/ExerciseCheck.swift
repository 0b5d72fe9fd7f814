import Foundation
import GRDB

/// The check workflow: grade a learner's file, record the attempt and move the learner on,
/// the recording and the move in one transaction. Grading touches no database, so a check
/// abandoned while it grades leaves nothing behind.
public struct ExerciseCheck: Sendable {
    /// The course the exercise belongs to.
    public let course: Course
    /// Where progress is kept.
    public let store: ProgressStore
    /// The learner's id in the store.
    public let learner: Int64
    /// The grader (its budget).
    public var grader: Grader
    /// The time now (injected, so that tests choose it).
    public var clock: @Sendable () -> Date

    /// A check of `course` for `learner` in `store`, on the real clock by default.
    public init(
        course: Course, store: ProgressStore, learner: Int64, grader: Grader = Grader(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.course = course
        self.store = store
        self.learner = learner
        self.grader = grader
        self.clock = clock
    }

    /// A graded file, not yet recorded.
    public struct Graded: Sendable {
        /// The exercise graded.
        public let exercise: CourseExercise
        /// The grade.
        public let report: GradeReport
        /// The attempt to record.
        public let attempt: Attempt
    }

    /// Grades `source` (the learner's file, shown as `fileName`) against `target`'s tests.
    public func grade(_ target: CourseExercise, source: String, fileName: String) -> Graded {
        let startedAt = clock()
        let report = grader.grade(source, fileName: fileName, exercise: target.exercise)
        let attempt = Attempt(report, exercise: target, course: course.identity, startedAt: startedAt, source: source)
        return Graded(exercise: target, report: report, attempt: attempt)
    }

    /// Records `graded` and moves the learner, in one transaction. `named` says the learner
    /// chose the exercise: then the learner moves only when it is the exercise they are on or
    /// the next one they have not passed; otherwise (or then) a fail keeps them on it and a
    /// pass moves them to the next exercise they have not passed.
    public func record(_ graded: Graded, named: Bool) throws(ProgressStoreError) -> CheckOutcome {
        try store.write { db in try self.record(graded, named: named, db) }
    }

    /// Grades, records and moves: `grade` then `record`.
    public func run(_ target: CourseExercise, source: String, fileName: String, named: Bool) throws(ProgressStoreError) -> CheckOutcome {
        try record(grade(target, source: source, fileName: fileName), named: named)
    }

    private func record(_ graded: Graded, named: Bool, _ db: Database) throws -> CheckOutcome {
        let id = graded.exercise.exercise.id
        let before = try ProgressStore.progress(db, learner: learner, in: course)
        let current = try position(db, passed: before.passed)
        let upNext = course.nextExercise(after: current?.exercise.id, passed: before.passed)
        let moves = !named || current == nil || id == current?.exercise.id || id == upNext?.exercise.id
        try ProgressStore.insert(graded.attempt, learner: learner, db)
        let after = try ProgressStore.progress(db, learner: learner, in: course)
        let passed = graded.report.status == .pass
        let next = passed && moves ? course.nextExercise(after: id, passed: after.passed) : nil
        var position = current
        if moves {
            position = next ?? graded.exercise
            try PositionRow(learnerID: learner, course: course.identity.key, exercise: position?.exercise.id ?? id, updatedAt: clock()).save(db)
        }
        let firstPass = passed && !before.passed.contains(id)
        let lessonIds = Set(graded.exercise.lesson.exercises.map(\.id))
        return CheckOutcome(
            report: graded.report, exercise: graded.exercise, progress: after, moved: moves, position: position,
            next: next, completedLesson: firstPass && lessonIds.isSubset(of: after.passed) ? graded.exercise.lesson : nil,
            completedCourse: firstPass && after.done == after.total)
    }

    /// The exercise the learner is on: the stored position, else the first one not passed.
    private func position(_ db: Database, passed: Set<String>) throws -> CourseExercise? {
        let stored = try PositionRow.filter(Column("learner_id") == learner && Column("course") == course.identity.key).fetchOne(db)
        if let stored, let found = course.exercise(named: stored.exercise) { return found }
        return course.nextExercise(after: nil, passed: passed)
    }
}
