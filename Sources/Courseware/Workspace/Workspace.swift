import Foundation
import Language

/// The learner's folder of exercise files: `NN-LESSON/EXERCISE.exs` under a root marked by
/// a `.proctor-workspace` file, so `proctor check` works from anywhere inside it.
public struct Workspace: Sendable {
    /// The marker file's name.
    public static let markerName = ".proctor-workspace"
    /// The workspace's root folder.
    public let root: String

    /// The workspace at `root` (not checked).
    public init(root: String) {
        self.root = root
    }

    /// The workspace that contains `folder` (or is it), looking upwards; nil when there is none.
    public static func enclosing(_ folder: String) -> Workspace? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(markerName).path) {
                return Workspace(root: current.path)
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// The file's path relative to the root (`01-spawn/report_back.exs`).
    public func relativePath(of exercise: Exercise, in lesson: Lesson) -> String {
        Workspace.relativePath(of: exercise, in: lesson)
    }

    /// The path of an exercise's file relative to any workspace's root.
    public static func relativePath(of exercise: Exercise, in lesson: Lesson) -> String {
        "\(folderName(of: lesson))/\(exercise.id).exs"
    }

    /// A lesson's folder in a workspace (`01-spawn`).
    public static func folderName(of lesson: Lesson) -> String {
        (lesson.order < 10 ? "0" : "") + "\(lesson.order)-\(lesson.id)"
    }

    /// The file's full path.
    public func path(of exercise: Exercise, in lesson: Lesson) -> String {
        (root as NSString).appendingPathComponent(relativePath(of: exercise, in: lesson))
    }

    /// The full path of `relative`, refused unless it lies inside the root: every part is a
    /// plain name (no `..`, `.`, empty part or control character), so nothing proctor writes
    /// can land outside the workspace, whatever a lesson's ids say.
    public func resolve(_ relative: String) throws(WorkspaceError) -> String {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        let plain = parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.unicodeScalars.contains(where: VisibleText.needsEscape)
        }
        let rootPath = URL(fileURLWithPath: root).standardizedFileURL.path
        let path = URL(fileURLWithPath: rootPath).appendingPathComponent(relative).standardizedFileURL.path
        guard plain, path.hasPrefix(rootPath == "/" ? "/" : rootPath + "/") else {
            throw WorkspaceError(message: "proctor refuses to write \(VisibleText.escaped(relative)): the path leaves the workspace \(rootPath)")
        }
        return path
    }

    /// Reads the learner's file for `exercise`.
    public func source(of exercise: Exercise, in lesson: Lesson) throws(WorkspaceError) -> String {
        let relative = relativePath(of: exercise, in: lesson)
        let path = path(of: exercise, in: lesson)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw WorkspaceError(message: "\(relative) is missing; `proctor reset \(exercise.id)` writes the starter file again")
        }
        if isFolder.boolValue {
            throw WorkspaceError(message: "\(relative) is a folder, not a file; move it away, then `proctor reset \(exercise.id)` writes the starter file again")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > SourceText.maximumBytes { throw WorkspaceError(message: SourceText.Problem.tooLarge(bytes: size).message(file: relative)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkspaceError(message: "cannot read \(relative); check its permissions (`chmod u+r \(relative)`)")
        }
        switch SourceText.decode(Array(data)) {
        case .success(let text): return text
        case .failure(let problem): throw WorkspaceError(message: problem.message(file: relative))
        }
    }
}

/// A problem with the workspace, in words that say what to do.
public struct WorkspaceError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public let message: String

    /// The message.
    public var description: String { message }
}
