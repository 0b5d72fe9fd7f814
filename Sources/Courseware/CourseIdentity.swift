import Digests

/// Which course a grade belongs to. Progress is recorded under `key`: `builtin` for the course
/// built into proctor (whatever its version, so a learner keeps their progress across upgrades),
/// else `lessons:` and the digest of the other course's files, so a pass against a course a
/// learner wrote never counts for the built-in one. `version` says which version was graded.
public struct CourseIdentity: Sendable, Equatable {
    /// The key of the built-in course.
    public static let builtInKey = "builtin"

    /// What progress is recorded under: `builtin`, or `lessons:` and the course's digest.
    public let key: String
    /// The digest of the course's files; nil for the lessons built in, whose digest is
    /// computed once, when first needed (most commands never need it).
    private let digest: String?

    /// The SHA-256 of the course's lesson files (names and texts), in hex: which version was graded.
    public var version: String { digest ?? CourseIdentity.builtInVersion }

    /// The identity of a course made of `files` (name, text): the built-in course when
    /// `builtIn` is set (the lessons built into the binary) or when the files are exactly those.
    init(files: [(name: String, text: String)], builtIn: Bool) {
        guard !builtIn else {
            key = CourseIdentity.builtInKey
            digest = nil
            return
        }
        let digest = CourseIdentity.digest(of: files)
        key = digest == CourseIdentity.builtInVersion ? CourseIdentity.builtInKey : "lessons:" + digest
        self.digest = digest
    }

    /// Two identities are equal when they name the same course at the same version.
    public static func == (left: CourseIdentity, right: CourseIdentity) -> Bool {
        left.key == right.key && left.version == right.version
    }

    /// The version of the lessons built into this proctor, computed when proctor was built (by
    /// `file-embedder --digest`, with the same `SHA256.hex(ofFiles:)`): hashing the course's
    /// 165 KB cost every `proctor check` 11M instructions.
    public static let builtInVersion = EmbeddedLessons.digest

    /// Whether this is the course built into proctor.
    public var isBuiltIn: Bool { key == CourseIdentity.builtInKey }

    /// The digest of the lesson files, by file name (folders aside) and text, in name order.
    static func digest(of files: [(name: String, text: String)]) -> String {
        SHA256.hex(ofFiles: files.filter { $0.name != "FORMAT.md" && !$0.name.hasSuffix("/FORMAT.md") })
    }
}

extension Exercise {
    /// The SHA-256 of the exercise's tests, in hex: a pass recorded under another digest
    /// passed an earlier version of the exercise.
    public var testsDigest: String { SHA256.hex(of: tests) }
}
