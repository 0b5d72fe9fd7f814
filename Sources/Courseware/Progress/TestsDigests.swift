/// The digests of a course's exercises' tests, each computed the first time a pass asks for it:
/// hashing every exercise's tests at each read of the progress cost a check 7.5M instructions.
final class TestsDigests {
    private let exercises: [String: Exercise]
    private var digests: [String: String] = [:]

    /// The digests of `course`'s exercises, none computed yet.
    init(course: Course) {
        exercises = Dictionary(course.exercises.map { ($0.exercise.id, $0.exercise) }) { first, _ in first }
    }

    /// The digest of the tests `exercise` has now; nil when the course no longer has it.
    func current(of exercise: String) -> String? {
        if let digest = digests[exercise] { return digest }
        let digest = exercises[exercise]?.testsDigest
        digests[exercise] = digest
        return digest
    }
}
