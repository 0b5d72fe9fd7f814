/// The shapes of lesson and exercise ids (`Lessons/FORMAT.md`): they name folders and files of
/// the learner's workspace, so anything else (`../`, `/`, control characters) is refused when
/// the lessons load.
public enum IdPattern {
    /// The longest id allowed, so that `NN-ID/ID.exs` fits any file system's name limit.
    public static let maximumLength = 60

    /// A lesson id: `[a-z][a-z0-9-]*`.
    public static func isLessonId(_ id: String) -> Bool {
        matches(id) { $0 == UInt8(ascii: "-") }
    }

    /// An exercise id: `[a-z][a-z0-9_]*`.
    public static func isExerciseId(_ id: String) -> Bool {
        matches(id) { $0 == UInt8(ascii: "_") }
    }

    /// What is wrong with lesson id `id`, or nil when it has the right shape.
    static func lessonIdProblem(_ id: String) -> String? {
        isLessonId(id) ? nil : "lesson id `\(id)` must match [a-z][a-z0-9-]* (at most \(maximumLength) characters): it names the lesson's folder in the workspace"
    }

    /// What is wrong with exercise id `id`, or nil when it has the right shape.
    static func exerciseIdProblem(_ id: String) -> String? {
        isExerciseId(id) ? nil : "exercise id `\(id)` must match [a-z][a-z0-9_]* (at most \(maximumLength) characters): it names the learner's file ID.exs"
    }

    private static func matches(_ id: String, separator: (UInt8) -> Bool) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, isLowercase(first), bytes.count <= maximumLength else { return false }
        return bytes.allSatisfy { isLowercase($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || separator($0) }
    }

    private static func isLowercase(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }
}
