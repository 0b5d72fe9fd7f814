import Terms

/// Terms written in Erlang's syntax, as `io:format`'s `~w` and `~p` write them: `[1,2]`,
/// `{a,<<"b">>}`, `#{a => 1}`, `'Elixir.Foo'`. `~p` also shows printable lists as strings
/// and printable binaries as `<<"text">>` (with `~tp`, any Unicode text, as `<<"é"/utf8>>`).
/// Unlike Erlang's `~p`, a long term stays on one line.
struct ErlangTermText {
    /// Whether printable lists and binaries are shown as text (`~p`) or as numbers (`~w`).
    let pretty: Bool
    /// Whether text may hold any Unicode character (`~tp`) or only Latin-1 ones (`~p`).
    let unicode: Bool

    /// The text of `term`.
    func text(_ term: Term) -> String {
        var output = ""
        write(term, into: &output)
        return output
    }

    private func write(_ term: Term, into output: inout String) {
        switch term {
        case .int(let value): output += String(value)
        case .bigInt(let box): output += box.value.description
        case .float(let value): output += FloatFormat.erlangText(value)
        case .atom(let atom): output += Self.atomText(atom.name)
        case .binary(let box): writeBinary(box, into: &output)
        case .emptyList: output += "[]"
        case .cons: writeList(term, into: &output)
        case .tuple(let box): writeElements(box.elements, open: "{", close: "}", into: &output)
        case .map(let box):
            output += "#{"
            for (index, entry) in box.entries.enumerated() {
                if index > 0 { output += "," }
                write(entry.key, into: &output)
                output += " => "
                write(entry.value, into: &output)
            }
            output += "}"
        case .pid(let pid): output += "<0.\(pid.serial).0>"
        case .ref(let ref): output += "#Ref<0.0.0.\(ref.number)>"
        case .fun(let function): output += "#Fun<\(function.inspectText)>"
        }
    }

    private func writeElements(_ elements: [Term], open: String, close: String, into output: inout String) {
        output += open
        for (index, element) in elements.enumerated() {
            if index > 0 { output += "," }
            write(element, into: &output)
        }
        output += close
    }

    private func writeList(_ term: Term, into output: inout String) {
        if pretty, let elements = term.properListElements, let text = printableText(elements) {
            output += "\"" + Self.escaped(text) + "\""
            return
        }
        output += "["
        var rest = term
        var first = true
        while case .cons(let cell) = rest {
            if !first { output += "," }
            write(cell.head, into: &output)
            first = false
            rest = cell.tail
        }
        if rest != .emptyList {
            output += "|"
            write(rest, into: &output)
        }
        output += "]"
    }

    private func writeBinary(_ box: BinaryBox, into output: inout String) {
        let bytes = box.bytes
        if pretty, box.isBinary, !bytes.isEmpty {
            if unicode, bytes.contains(where: { $0 >= 128 }), let text = String(validating: bytes, as: UTF8.self),
                text.unicodeScalars.allSatisfy(Self.isPrintable)
            {
                output += "<<\"" + Self.escaped(text) + "\"/utf8>>"
                return
            }
            if bytes.allSatisfy(Self.isPrintableLatin1) {
                var text = ""
                text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
                output += "<<\"" + Self.escaped(text) + "\">>"
                return
            }
        }
        let whole = box.isBinary ? bytes : Array(bytes.dropLast())
        var parts = whole.map { String($0) }
        if !box.isBinary, let last = bytes.last {
            parts.append("\(Int(last) >> (8 - box.trailingBitCount)):\(box.trailingBitCount)")
        }
        output += "<<" + parts.joined(separator: ",") + ">>"
    }

    /// The text a list of character codes spells, when every one is printable.
    private func printableText(_ elements: [Term]) -> String? {
        var scalars = String.UnicodeScalarView()
        for element in elements {
            guard case .int(let code) = element, let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0))),
                unicode ? Self.isPrintable(scalar) : Self.isPrintableLatin1(UInt8(clamping: code)) && code < 256
            else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private static func isPrintableLatin1(_ byte: UInt8) -> Bool {
        (32...126).contains(byte) || (160...255).contains(byte) || [8, 9, 10, 11, 12, 13, 27].contains(byte)
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 256 ? isPrintableLatin1(UInt8(scalar.value)) : Printability.isPrintable(scalar)
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{8}": result += "\\b"
            case "\u{B}": result += "\\v"
            case "\u{C}": result += "\\f"
            case "\u{1B}": result += "\\e"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let reservedWords: Set<String> = [
        "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch", "cond", "div", "end",
        "fun", "if", "let", "maybe", "not", "of", "or", "orelse", "receive", "rem", "try", "when", "xor",
    ]

    /// An atom as Erlang writes it: bare when it reads back as one, else in single quotes.
    static func atomText(_ name: String) -> String {
        let bytes = Array(name.utf8)
        let bare = bytes.first.map { (97...122).contains($0) } == true
            && bytes.allSatisfy { (97...122).contains($0) || (65...90).contains($0) || (48...57).contains($0) || $0 == 95 || $0 == 64 }
        if bare, !reservedWords.contains(name) { return name }
        return "'" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
