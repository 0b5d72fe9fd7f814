import Courseware

/// The celebration at the end of a lesson and of the course, with a summary of the work:
/// time (first attempt to first pass of each exercise, added up), attempts and hints.
struct Celebration {
    let style: TerminalStyle

    /// `★ Lesson 2 done: Sending and receiving ★` and its summary.
    func lesson(_ lesson: Lesson, progress: CourseProgress) -> String {
        let title = "★ Lesson \(lesson.order) done: \(lesson.title) ★"
        return style.pass(title) + "\n" + summary(of: lesson.exercises.map(\.id), progress: progress)
    }

    /// `★★★ You finished the course ★★★` and the summary of every exercise.
    func course(_ course: Course, progress: CourseProgress) -> String {
        let title = "★★★ You finished the course: \(course.lessons.count) lessons, \(progress.total) exercises ★★★"
        return style.pass(title) + "\n" + summary(of: course.exercises.map(\.exercise.id), progress: progress)
            + "\n`proctor progress` shows your whole record."
    }

    /// `3 exercises in 12 min of work, 7 attempts, 2 hints.`
    func summary(of exercises: [String], progress: CourseProgress) -> String {
        let records = exercises.compactMap { progress[$0] }
        let seconds = records.reduce(0) { $0 + $1.secondsWorking }
        let attempts = records.reduce(0) { $0 + $1.attempts }
        let hints = records.reduce(0) { $0 + $1.hintsShown }
        let count = exercises.count == 1 ? "1 exercise" : "\(exercises.count) exercises"
        let hintText = hints == 1 ? "1 hint" : "\(hints) hints"
        return "\(count) in \(ExerciseStatus.duration(seconds)) of work, \(ExerciseStatus.attempts(attempts)), \(hintText)."
    }
}
