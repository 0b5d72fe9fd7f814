#if canImport(Glibc)
import Glibc
#endif

/// The REPL's input history, kept across runs in `$XDG_DATA_HOME/proctor/iex_history`
/// (else `~/.local/share/proctor/iex_history`); the newest 1,000 lines.
struct History {
    private(set) var entries: [String]
    let path: String?

    static let limit = 1_000

    /// The saved history, or an empty one when there is none (or no home to keep it in).
    static func load() -> History {
        let path = DataDirectory.path(for: "iex_history")
        let text = path.flatMap { try? SourceFile.read($0).get() } ?? ""
        return History(entries: text.split(separator: "\n").map(String.init), path: path)
    }

    mutating func add(_ line: String) {
        guard !line.trimmingCharacters(in: " ").isEmpty, entries.last != line else { return }
        entries.append(line)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }

    /// Writes the history back; failing to is not worth interrupting the learner for.
    func save() {
        guard let path, let directory = DataDirectory.ensure() else { return }
        _ = directory
        guard let file = fopen(path, "w") else { return }
        defer { fclose(file) }
        fputs(entries.joined(separator: "\n") + "\n", file)
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        return String(drop(while: characters.contains).reversed().drop(while: characters.contains).reversed())
    }
}

/// Where proctor keeps its files: `$XDG_DATA_HOME/proctor`, else `~/.local/share/proctor`.
enum DataDirectory {
    static var root: String? {
        if let data = getenv("XDG_DATA_HOME").map({ String(cString: $0) }), !data.isEmpty { return data + "/proctor" }
        if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty { return home + "/.local/share/proctor" }
        return nil
    }

    static func path(for name: String) -> String? { root.map { $0 + "/" + name } }

    /// Creates the directory (and its parents) if needed; nil when it cannot.
    static func ensure() -> String? {
        guard let root else { return nil }
        var partial = ""
        for component in root.split(separator: "/") {
            partial += "/" + component
            mkdir(partial, 0o755)
        }
        return root
    }
}
