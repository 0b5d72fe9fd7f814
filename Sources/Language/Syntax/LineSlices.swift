extension String {
    /// The text's lines, split at every `\n` with empty lines kept, found by scanning bytes:
    /// many times faster than splitting by `Character`, and a `\r\n` ending leaves its `\r` behind.
    public var lineSlices: [Substring] {
        var result: [Substring] = []
        var start = startIndex
        while let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            result.append(self[start..<newline])
            start = utf8.index(after: newline)
        }
        result.append(self[start...])
        return result
    }
}
