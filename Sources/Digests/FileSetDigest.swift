extension SHA256 {
    /// The SHA-256 of a set of files, in hex: each file's name (folders aside), its length in
    /// bytes and its text, in name order. What the courseware records as the version of a course,
    /// computed at build time for the lessons built into proctor (`file-embedder --digest`).
    public static func hex(ofFiles files: [(name: String, text: String)]) -> String {
        let named = files.map { (name: $0.name.split(separator: "/").last.map(String.init) ?? $0.name, text: $0.text) }
            .sorted { $0.name < $1.name }
        return hex(of: named.map { "\($0.name)\n\($0.text.utf8.count)\n\($0.text)" }.joined(separator: "\n"))
    }
}
