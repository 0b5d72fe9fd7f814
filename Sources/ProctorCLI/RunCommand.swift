#if canImport(Glibc)
import Glibc
#endif
import Language
import Runtime

/// `proctor run FILE.exs`.
enum RunCommand {
    static func run(path: String, dumpBytecode: Bool) -> Int32 {
        guard let source = SourceFile.read(path) else {
            ProctorCommand.printError("** (File.Error) could not read file \"\(path)\": no such file or directory")
            return 1
        }
        let output = StandardOutputSink()
        if dumpBytecode { return dump(source: source, path: path, output: output) }
        return ScriptRunner(output: output).run(source: source, file: path)
    }

    private static func dump(source: String, path: String, output: StandardOutputSink) -> Int32 {
        let program = Program()
        do {
            output.write(Disassembler.listing(of: try program.compile(source, file: path)), to: .standardOutput)
            return 0
        } catch {
            for message in error.messages(file: path, source: source) { output.write(message + "\n", to: .standardError) }
            return 1
        }
    }
}

/// Reading a learner's source file.
enum SourceFile {
    /// The file's text, or nil when it cannot be read.
    static func read(_ path: String) -> String? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
