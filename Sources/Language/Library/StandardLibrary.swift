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
    /// The bytes are scanned in place, line by line: splitting every library file into `Substring`
    /// lines and comparing those cost 8M instructions at each start of proctor.
    static func moduleNames(in source: String) -> [String] {
        var text = source
        return text.withUTF8 { bytes in
            var names: [String] = []
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if let name = definedModule(in: UnsafeBufferPointer(rebasing: bytes[start..<end])) { names.append(name) }
                start = end + 1
            }
            return names
        }
    }

    /// The module a line defines at the top level (`defmodule Enum do` -> `Elixir.Enum`,
    /// `defmodule :timer do` -> `timer`), else nil.
    private static func definedModule(in line: UnsafeBufferPointer<UInt8>) -> String? {
        guard line.first == UInt8(ascii: "d"), line.count > 3, line[(line.count - 3)...].elementsEqual(" do".utf8),
              let keyword = definitionKeywords.first(where: { line.starts(with: $0) && line.count >= $0.count + 3 })
        else { return nil }
        let name = line[keyword.count..<(line.count - 3)]
        guard name.first == UInt8(ascii: ":") else { return "Elixir." + String(decoding: name, as: UTF8.self) }
        return String(decoding: name.dropFirst(), as: UTF8.self)
    }

    /// What starts a line that defines a module at the top level of a library file.
    private static let definitionKeywords = ["defmodule ".utf8, "defprotocol ".utf8]
}
