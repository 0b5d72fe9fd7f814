/// An exercise together with its lesson, and the course order around it.
public struct CourseExercise: Sendable {
    /// The lesson the exercise belongs to.
    public let lesson: Lesson
    /// The exercise.
    public let exercise: Exercise
    /// Its place in the course, from 0.
    public let index: Int
}

extension Course {
    /// Every exercise in course order.
    public var exercises: [CourseExercise] {
        var all: [CourseExercise] = []
        for lesson in lessons {
            for exercise in lesson.exercises { all.append(CourseExercise(lesson: lesson, exercise: exercise, index: all.count)) }
        }
        return all
    }

    /// The exercise with this id.
    public func exercise(named id: String) -> CourseExercise? {
        exercises.first { $0.exercise.id == id }
    }

    /// Exercise ids close to `name`, for "did you mean".
    public func exerciseSuggestions(for name: String) -> [String] {
        EditDistance.closeTo(name, among: exercises.map(\.exercise.id))
    }

    /// The first exercise after `current` (wrapping around) that is not in `passed`; nil when all are.
    public func nextExercise(after current: String?, passed: Set<String>) -> CourseExercise? {
        let all = exercises
        let start = current.flatMap { id in all.firstIndex { $0.exercise.id == id } }.map { $0 + 1 } ?? 0
        let ordered = all[min(start, all.count)...] + all[..<min(start, all.count)]
        return ordered.first { !passed.contains($0.exercise.id) }
    }
}
