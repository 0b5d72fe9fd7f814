/// Bitstrings: printable binaries as quoted strings, others as `<<1, 2, 3>>` (`<<5, 1::size(2)>>`
/// when the bits are not whole bytes).
enum InspectBinary {
    /// The bitstring's document.
    static func doc(_ box: BinaryBox, _ options: InspectOptions) -> Doc {
        guard box.isBinary else { return bitstring(box, options) }
        let bytes = box.bytes
        guard !options.binariesAsBytes, TextEscape.isPrintableString(bytes, limit: options.printableLimit) else {
            return bitstring(box, options)
        }
        let escaped = TextEscape.escape(bytes, delimiter: UInt8(ascii: "\""), limit: options.printableLimit)
        return .text("\"" + escaped.text + "\"" + (escaped.truncated ? " <> ..." : ""))
    }

    /// `<<1, 2, 3>>`, with flex breaks and `...` past the limit; bits after the last whole byte
    /// are written `value::size(bits)`.
    private static func bitstring(_ box: BinaryBox, _ options: InspectOptions) -> Doc {
        var elements = box.slice.prefix(box.bitCount / 8).map { String($0) }
        let trailing = box.trailingBitCount
        if trailing > 0 { elements.append("\(box.word(at: box.bitCount - trailing, count: trailing))::size(\(trailing))") }
        var parts: [Doc] = []
        var remaining = options.limit ?? Int.max
        for (index, element) in elements.enumerated() {
            if remaining == 0 {
                parts.append(.text("..."))
                break
            }
            if index == elements.count - 1 {
                parts.append(.text(element))
            } else {
                parts.append(contentsOf: [.text(element + ","), .break(" ", .flex)])
            }
            remaining -= 1
        }
        return .group(.concat([.text("<<"), .nest(.concat(parts), 2), .text(">>")]))
    }
}
