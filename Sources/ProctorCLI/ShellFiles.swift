import Foundation
import Language

/// The files iex's `c/1`, `r/1` and `import_file/1` read: paths relative to the current folder.
enum ShellFiles {
    /// The text of `path`, or why it cannot be read.
    static func read(_ path: String) -> Result<String, FileUnreadable> {
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: absolute) else {
            return .failure(FileUnreadable(path: absolute, reason: "no such file or directory"))
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            return .failure(FileUnreadable(path: absolute, reason: "permission denied"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
