import Courseware
import Foundation

/// The celebration at the end of a lesson and of the course, with a summary of the work:
/// time (from the first attempt at any of its exercises to the last first pass), attempts and hints.
struct Celebration {
    let style: TerminalStyle

    /// `★ Lesson 2 done: Sending and receiving ★` and its summary.
    func lesson(_ lesson: Lesson, progress: CourseProgress) -> String {
        let title = "★ Lesson \(lesson.order) done: \(lesson.title) ★"
        return style.pass(title) + "\n" + summary(of: lesson.exercises.map(\.id), progress: progress)
    }

    /// `★★★ You finished the course ★★★` and the summary of every exercise.
    func course(_ course: Course, progress: CourseProgress) -> String {
        let title = "★★★ You finished the course: \(Self.count(course.lessons.count, "lesson")), \(Self.count(progress.total, "exercise")) ★★★"
        return style.pass(title) + "\n" + summary(of: course.exercises.map(\.exercise.id), progress: progress)
            + "\n`proctor progress` shows your whole record."
    }

    /// `3 exercises in 12 min of work, 7 attempts, 2 hints.`
    func summary(of exercises: [String], progress: CourseProgress) -> String {
        let records = exercises.compactMap { progress[$0] }
        let started = records.compactMap(\.firstAttemptAt).min()
        let finished = records.compactMap(\.firstPassedAt).max()
        let seconds = started.flatMap { start in finished.map { max($0.timeIntervalSince(start), 0) } } ?? 0
        let attempts = records.reduce(0) { $0 + $1.attempts }
        let hints = records.reduce(0) { $0 + $1.hintsShown }
        let done = Self.count(exercises.count, "exercise")
        return "\(done) in \(ExerciseStatus.duration(seconds)) of work, \(Self.count(attempts, "attempt")), \(Self.count(hints, "hint"))."
    }

    /// `1 hint`, `3 hints`.
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
