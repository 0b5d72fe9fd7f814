/// Binaries: printable ones as quoted strings, others as `<<1, 2, 3>>`.
enum InspectBinary {
    /// The binary's document.
    static func doc(_ bytes: [UInt8], _ options: InspectOptions) -> Doc {
        guard !options.binariesAsBytes, TextEscape.isPrintableString(bytes, limit: options.printableLimit) else {
            return bitstring(bytes, options)
        }
        let escaped = TextEscape.escape(bytes, delimiter: UInt8(ascii: "\""), limit: options.printableLimit)
        return .text("\"" + escaped.text + "\"" + (escaped.truncated ? " <> ..." : ""))
    }

    /// `<<1, 2, 3>>`, with flex breaks and `...` past the limit.
    private static func bitstring(_ bytes: [UInt8], _ options: InspectOptions) -> Doc {
        var parts: [Doc] = []
        var remaining = options.limit ?? Int.max
        for (index, byte) in bytes.enumerated() {
            if remaining == 0 {
                parts.append(.text("..."))
                break
            }
            if index == bytes.count - 1 {
                parts.append(.text(String(byte)))
            } else {
                parts.append(contentsOf: [.text(String(byte) + ","), .break(" ", .flex)])
            }
            remaining -= 1
        }
        return .group(.concat([.text("<<"), .nest(.concat(parts), 2), .text(">>")]))
    }
}
