import Foundation

/// The course: every lesson, in order, from the lessons built into the binary or
/// from a folder (`--lessons DIR` / `PROCTOR_LESSONS`).
public struct Course: Sendable {
    /// The lessons, sorted by `order`.
    public let lessons: [Lesson]

    /// The course built into proctor.
    public static func embedded() throws(LessonError) -> Course {
        try Course(files: EmbeddedLessons.files.map { ("Lessons/" + $0.name, $0.text) })
    }

    /// The course in `folder` (every `*.md` but `FORMAT.md`).
    public static func folder(_ folder: String) throws(LessonError) -> Course {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw LessonError(file: folder, line: 0, message: "cannot read the lessons folder")
        }
        var files: [(String, String)] = []
        for name in names.sorted() where name.hasSuffix(".md") && name != "FORMAT.md" {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw LessonError(file: path, line: 0, message: "cannot read the file (is it UTF-8?)")
            }
            files.append((path, text))
        }
        return try Course(files: files)
    }

    /// A course made of the given lesson files (name, text), checked as a whole.
    public init(files: [(name: String, text: String)]) throws(LessonError) {
        var lessons: [Lesson] = []
        for (name, text) in files where !name.hasSuffix("FORMAT.md") {
            lessons.append(try LessonParser(text: text, file: name).parse())
        }
        lessons.sort { $0.order < $1.order }
        try Course.checkUnique(lessons)
        self.lessons = lessons
    }

    private static func checkUnique(_ lessons: [Lesson]) throws(LessonError) {
        var lessonIds: Set<String> = []
        var exerciseIds: Set<String> = []
        for lesson in lessons {
            guard lessonIds.insert(lesson.id).inserted else {
                throw LessonError(file: lesson.file, line: 2, message: "lesson id `\(lesson.id)` is used by another lesson")
            }
            for exercise in lesson.exercises where !exerciseIds.insert(exercise.id).inserted {
                throw LessonError(file: lesson.file, line: exercise.line, message: "exercise id `\(exercise.id)` is used twice in the course")
            }
        }
    }

    /// The lesson with this id or order number (`spawn`, `1`, `01`).
    public func lesson(named name: String) -> Lesson? {
        lessons.first { $0.id == name || Int(name) == $0.order }
    }

    /// Lesson ids close to `name`, for "did you mean".
    public func suggestions(for name: String) -> [String] {
        EditDistance.closeTo(name, among: lessons.map(\.id))
    }
}

/// Levenshtein distance, for suggesting what a learner meant.
enum EditDistance {
    /// The candidates within a few edits of `name`, or that start with it.
    static func closeTo(_ name: String, among candidates: [String]) -> [String] {
        candidates.filter { between($0, name) <= max(2, name.count / 3) || $0.hasPrefix(name) }
    }


    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
