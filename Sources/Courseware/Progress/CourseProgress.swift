/// A learner's progress in one course: a record per exercise of the course, and apart from
/// them what was recorded under the course for exercises it no longer has (a newer version
/// dropped them). Counts never exceed the course's size, whatever the database holds.
public struct CourseProgress: Sendable {
    /// The records of the course's exercises, by id (an exercise never tried has none).
    public let records: [String: ExerciseProgress]
    /// Records of exercises the course no longer has, by id.
    public let elsewhere: [ExerciseProgress]
    /// How many exercises the course has.
    public let total: Int

    /// Splits `records` (by exercise id) between the exercises of `course` and the others.
    public init(course: Course, records: [String: ExerciseProgress]) {
        let ids = Set(course.exercises.map(\.exercise.id))
        var known: [String: ExerciseProgress] = [:]
        var unknown: [ExerciseProgress] = []
        for (id, record) in records {
            if ids.contains(id) {
                known[id] = record
            } else {
                unknown.append(record)
            }
        }
        self.records = known
        elsewhere = unknown.sorted { $0.exercise < $1.exercise }
        total = ids.count
    }

    /// The record of exercise `id`, if the learner did anything with it.
    public subscript(id: String) -> ExerciseProgress? { records[id] }

    /// The exercises passed with their current tests.
    public var passed: Set<String> { Set(records.values.filter(\.passed).map(\.exercise)) }

    /// How many exercises are passed, from 0 to `total`.
    public var done: Int { min(passed.count, total) }
}
