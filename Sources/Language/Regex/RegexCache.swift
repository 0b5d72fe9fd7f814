import Synchronization

/// Compiled programs by their pattern key (options and source), shared by every process: a
/// `%Regex{}` holds the key, and each match finds its program here instead of compiling again.
enum RegexCache {
    /// How many programs are kept; past it the cache starts over.
    static let capacity = 512

    private static let programs = Mutex<[[UInt8]: RegexProgram]>([:])

    /// The program for `source` with `options`, compiled on first use.
    static func program(source: [UInt8], options: RegexOptions) throws(RegexCompileError) -> RegexProgram {
        let key = RegexPatternKey.encode(source: source, options: options)
        if let cached = programs.withLock({ $0[key] }) { return cached }
        let program = try RegexProgram.compile(source, options: options)
        programs.withLock { table in
            if table.count >= capacity { table.removeAll() }
            table[key] = program
        }
        return program
    }
}

/// The bytes a `%Regex{}`'s `re_pattern` carries so a compiled program can be found again:
/// `"proctor-re"`, the option letters, a zero byte, then the source.
enum RegexPatternKey {
    private static let marker = Array("proctor-re".utf8)

    /// The key for `source` compiled with `options`.
    static func encode(source: [UInt8], options: RegexOptions) -> [UInt8] {
        marker + Array(letters(options).utf8) + [0] + source
    }

    /// The source and options a key stands for, or nil for bytes that are not a key.
    static func decode(_ key: [UInt8]) -> (source: [UInt8], options: RegexOptions)? {
        guard key.starts(with: marker), let zero = key[marker.count...].firstIndex(of: 0) else { return nil }
        let letters = String(decoding: key[marker.count..<zero], as: UTF8.self)
        guard case .success(let options) = RegexOptions.parse(modifiers: letters) else { return nil }
        return (Array(key[(zero + 1)...]), options)
    }

    /// The modifier letters for `options`, in a fixed order.
    static func letters(_ options: RegexOptions) -> String {
        var text = ""
        if options.unicode { text += "u" }
        if options.caseless { text += "i" }
        if options.multiline { text += "m" }
        if options.dotAll { text += "s" }
        if options.extended { text += "x" }
        if options.ungreedy { text += "U" }
        if options.firstLine { text += "f" }
        return text
    }
}
