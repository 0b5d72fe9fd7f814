/// The part of the standard library written in Elixir itself: everything that calls back into
/// guest code (Enum with functions, Task, Agent) or waits in a receive (`Process.sleep`), so it
/// can suspend like any guest code. One file per Elixir module in `Library/Elixir/`, embedded
/// at build time (see `Library/README.md`).
public enum StandardLibrary {
    /// One library file: its name (`Enum.ex`, what stack traces show), source and modules.
    public struct File: Sendable {
        /// The file's own name, under which it is compiled.
        public let name: String
        /// Its Elixir source.
        public let source: String
        /// The modules it defines, by their atom names (`Elixir.Enum`, `timer`).
        public let moduleNames: [String]
    }

    /// Every library file, in file-name order.
    public static let files: [File] = EmbeddedLibrary.files.map { file in
        File(name: file.name, source: file.text, moduleNames: moduleNames(in: file.text))
    }

    private static let fileNames = Set(files.map(\.name))

    /// Whether `file` is the name of a library file (its frames are the library's, not the program's).
    public static func isLibraryFile(_ file: String) -> Bool { fileNames.contains(file) }

    /// The index in `files` of the file defining each library module.
    static let fileIndices: [String: Int] = {
        var indices: [String: Int] = [:]
        for (index, file) in files.enumerated() {
            for name in file.moduleNames { indices[name] = index }
        }
        return indices
    }()

    /// The modules (and protocols) a source defines at its top level, by their atom names (`Elixir.Enum`, `timer`).
    /// Lines are compared byte by byte: `hasPrefix` compares by Unicode equivalence, and doing so
    /// for every line of every file cost about 6M instructions at each start of proctor.
    static func moduleNames(in source: String) -> [String] {
        source.lineSlices.compactMap { line in
            let bytes = line.utf8
            guard let keyword = definitionKeywords.first(where: { bytes.starts(with: $0) }), bytes.suffix(3).elementsEqual(" do".utf8) else { return nil }
            let name = Substring(bytes.dropFirst(keyword.count).dropLast(" do".utf8.count))
            return name.utf8.first == UInt8(ascii: ":") ? String(name.dropFirst()) : "Elixir." + name
        }
    }

    /// What starts a line that defines a module at the top level of a library file.
    private static let definitionKeywords = ["defmodule ".utf8, "defprotocol ".utf8]
}
