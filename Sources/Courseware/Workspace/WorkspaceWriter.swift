import Foundation

/// Creates a workspace's folders and starter files; never overwrites a file, and never writes
/// outside the workspace's root.
public struct WorkspaceWriter {
    /// The workspace to write.
    public let workspace: Workspace

    /// A writer for `workspace`.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// What `create(for:)` did: the files it wrote and the ones already there, relative to the root.
    public struct Summary: Sendable {
        /// Files written.
        public var created: [String] = []
        /// Files left as they were.
        public var kept: [String] = []
    }

    /// Writes the marker, a README and one starter file per exercise of `course`, skipping existing files.
    public func create(for course: Course) throws(WorkspaceError) -> Summary {
        var summary = Summary()
        try write(Workspace.markerName, "This folder is a proctor workspace: `proctor check` finds it from any folder inside.\n", into: &summary)
        try write("README.md", readme(for: course), into: &summary)
        for lesson in course.lessons {
            for exercise in lesson.exercises {
                try write(workspace.relativePath(of: exercise, in: lesson), exercise.starter, into: &summary)
            }
        }
        return summary
    }

    /// Writes the starter of `exercise` again, keeping the learner's file as the first free
    /// backup name (`FILE.exs.bak`, then `FILE.exs.bak.1`, `.bak.2`, ...: no backup is ever
    /// overwritten); returns the backup's relative path, or nil when there was no file.
    public func reset(_ exercise: Exercise, in lesson: Lesson) throws(WorkspaceError) -> String? {
        let relative = workspace.relativePath(of: exercise, in: lesson)
        let path = try workspace.resolve(relative)
        var backup: String?
        if FileManager.default.fileExists(atPath: path) {
            let suffix = WorkspaceWriter.freeBackupSuffix { FileManager.default.fileExists(atPath: path + $0) }
            do {
                try FileManager.default.moveItem(atPath: path, toPath: path + suffix)
            } catch {
                throw WorkspaceError(message: "cannot keep a copy of \(relative) as \(relative)\(suffix): \(error.localizedDescription)")
            }
            backup = relative + suffix
        }
        var summary = Summary()
        try write(relative, exercise.starter, into: &summary)
        return backup
    }

    /// The first backup suffix (`.bak`, `.bak.1`, `.bak.2`, ...) for which `taken` is false.
    static func freeBackupSuffix(taken: (String) -> Bool) -> String {
        if !taken(".bak") { return ".bak" }
        var number = 1
        while taken(".bak.\(number)") { number += 1 }
        return ".bak.\(number)"
    }

    private func write(_ relative: String, _ text: String, into summary: inout Summary) throws(WorkspaceError) {
        let path = try workspace.resolve(relative)
        if FileManager.default.fileExists(atPath: path) {
            summary.kept.append(relative)
            return
        }
        do {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw WorkspaceError(message: "cannot write \(path): \(error.localizedDescription); pick a folder you can write to")
        }
        summary.created.append(relative)
    }

    private func readme(for course: Course) -> String {
        var lines = [
            "# Elixir processes with proctor", "",
            "Each folder is a lesson, each `.exs` file an exercise. Read a lesson with",
            "`proctor read LESSON`, edit the exercise's file in your editor, then run",
            "`proctor check` (or `proctor watch`, which checks on every save).", "",
        ]
        for lesson in course.lessons {
            lines.append("- `\(Workspace.folderName(of: lesson))`: \(lesson.title)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
