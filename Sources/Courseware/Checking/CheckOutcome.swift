/// What one check of an exercise found and did: the grade, the learner's record after it,
/// and where it left the learner.
public struct CheckOutcome: Sendable {
    /// The grade.
    public let report: GradeReport
    /// The exercise graded.
    public let exercise: CourseExercise
    /// The learner's record in the course, this attempt included.
    public let progress: CourseProgress
    /// Whether the check moved "the exercise you are on" (false: the learner named an exercise
    /// that is neither the one they are on nor the next one they have not passed).
    public let moved: Bool
    /// The exercise the learner is on after the check (nil: none is set and every one is passed).
    public let position: CourseExercise?
    /// On a pass that moved the learner: the next exercise not passed (nil: the course is done).
    public let next: CourseExercise?
    /// The lesson this pass completed (its last exercise not passed until now), if any.
    public let completedLesson: Lesson?
    /// Whether this pass completed the course.
    public let completedCourse: Bool

    /// Whether every test passed.
    public var passed: Bool { report.status == .pass }
}
