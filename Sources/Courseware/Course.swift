import Foundation

/// The course: every lesson, in order, from the lessons built into the binary or
/// from a folder (`--lessons DIR` / `PROCTOR_LESSONS`).
public struct Course: Sendable {
    /// The lessons, sorted by `order`.
    public let lessons: [Lesson]
    /// Which course this is, for the progress recorded against it.
    public let identity: CourseIdentity

    /// The course built into proctor.
    public static func embedded() throws(LessonError) -> Course {
        try Course(files: EmbeddedLessons.files.map { ("Lessons/" + $0.name, $0.text) }, builtIn: true)
    }

    /// The course in `folder` (every `*.md` but `FORMAT.md`).
    public static func folder(_ folder: String) throws(LessonError) -> Course {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw LessonError(file: folder, line: 0, message: "cannot read this lessons folder (\(Course.reason(folder))); pass --lessons DIR, a folder of lesson .md files")
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

    /// A course made of the given lesson files (name, text), checked as a whole; it is the
    /// built-in course (for progress) only when the files are exactly the built-in ones.
    public init(files: [(name: String, text: String)]) throws(LessonError) {
        try self.init(files: files, builtIn: false)
    }

    /// A course made of the given lesson files; `builtIn` for the lessons built into proctor.
    init(files: [(name: String, text: String)], builtIn: Bool) throws(LessonError) {
        var lessons: [Lesson] = []
        for (name, text) in files where !name.hasSuffix("FORMAT.md") {
            lessons.append(try LessonParser(text: text, file: name).parse())
        }
        lessons.sort { $0.order < $1.order }
        try Course.checkUnique(lessons)
        try Course.checkOrders(lessons, files: files)
        self.lessons = lessons
        identity = CourseIdentity(files: files, builtIn: builtIn)
    }

    private static func checkUnique(_ lessons: [Lesson]) throws(LessonError) {
        var lessonIds: [String: String] = [:]
        var exerciseIds: [String: String] = [:]
        for lesson in lessons {
            if let other = lessonIds[lesson.id] {
                throw LessonError(file: lesson.file, line: 2, message: "lesson id `\(lesson.id)` is also the id of \(other)")
            }
            lessonIds[lesson.id] = lesson.file
            for exercise in lesson.exercises {
                if let other = exerciseIds[exercise.id] {
                    throw LessonError(file: lesson.file, line: exercise.line, message: "exercise id `\(exercise.id)` is already used at \(other)")
                }
                exerciseIds[exercise.id] = "\(lesson.file):\(exercise.line)"
            }
        }
    }

    /// FORMAT.md, section 1: the orders are 1, 2, 3, ... without gaps or repeats.
    private static func checkOrders(_ lessons: [Lesson], files: [(name: String, text: String)]) throws(LessonError) {
        for (index, lesson) in lessons.enumerated() where lesson.order != index + 1 {
            let text = files.first { $0.name == lesson.file }?.text ?? ""
            let line = (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("order:") } ?? -1) + 1
            let problem =
                index > 0 && lessons[index - 1].order == lesson.order
                ? "order \(lesson.order) is also the order of \(lessons[index - 1].file)"
                : "order \(lesson.order) leaves a gap: the lessons' orders are 1, 2, 3, ... without gaps, so this one should be \(index + 1)"
            throw LessonError(file: lesson.file, line: line, message: problem)
        }
    }

    private static func reason(_ folder: String) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return "no such folder" }
        return isFolder.boolValue ? "permission denied" : "it is a file, not a folder"
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
