import Terms

/// Elixir's `Base`: hexadecimal (`encode16`/`decode16`) and base 64 (`encode64`/`decode64`,
/// `url_encode64`/`url_decode64`), with the `case:`, `padding:` and `ignore: :whitespace` options,
/// the `!` forms raising Elixir's ArgumentError messages.
enum BaseBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var base = BuiltinModule("Elixir.Base")
        defineBase16(&base)
        for (prefix, alphabet) in [("", standard), ("url_", urlSafe)] {
            defineBase64(&base, prefix: prefix, alphabet: Array(alphabet.utf8))
        }
        return base.builtins
    }

    private static let standard = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    private static let urlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

    private static func defineBase16(_ base: inout BuiltinModule) {
        for arity in [1, 2] {
            base.define("encode16", arity) { (args, context) throws(GuestError) -> Term in
                let bytes = try ArgumentChecks.binary(args[0])
                context.charge(bytes.count / WorkCharge.bytesPerReduction)
                let lower = try option(args, arity, "case", allowed: ["upper", "lower"]) == "lower"
                let digits = Array((lower ? "0123456789abcdef" : "0123456789ABCDEF").utf8)
                return .binary(BinaryBox(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }))
            }
            for (name, raising) in [("decode16", false), ("decode16!", true)] {
                base.define(name, arity) { (args, context) throws(GuestError) -> Term in
                    let text = try ArgumentChecks.binary(args[0])
                    context.charge(text.count / WorkCharge.bytesPerReduction)
                    let letters = try option(args, arity, "case", allowed: ["upper", "lower", "mixed"]) ?? "upper"
                    return try outcome(raising) { () throws(BaseError) -> [UInt8] in try decode16(text, letters: letters) }
                }
            }
        }
    }

    private static func defineBase64(_ base: inout BuiltinModule, prefix: String, alphabet: [UInt8]) {
        for arity in [1, 2] {
            base.define(prefix + "encode64", arity) { (args, context) throws(GuestError) -> Term in
                let bytes = try ArgumentChecks.binary(args[0])
                context.charge(bytes.count / WorkCharge.bytesPerReduction)
                let padding = try flag(args, arity, "padding") ?? true
                return .binary(BinaryBox(encode64(bytes, alphabet: alphabet, padding: padding)))
            }
            for (suffix, raising) in [("", false), ("!", true)] {
                base.define(prefix + "decode64" + suffix, arity) { (args, context) throws(GuestError) -> Term in
                    var text = try ArgumentChecks.binary(args[0])
                    context.charge(text.count / WorkCharge.bytesPerReduction)
                    if try option(args, arity, "ignore", allowed: ["whitespace"]) != nil {
                        text.removeAll { [9, 10, 11, 12, 13, 32].contains($0) }
                    }
                    let padding = try flag(args, arity, "padding") ?? true
                    return try outcome(raising) { () throws(BaseError) -> [UInt8] in
                        try decode64(text, alphabet: alphabet, padding: padding)
                    }
                }
            }
        }
    }

    /// A decoding failure, with the message the `!` forms raise.
    struct BaseError: Error {
        let message: String
    }

    /// `{:ok, bytes}` or `:error`; for the `!` forms the bytes or an ArgumentError.
    private static func outcome(_ raising: Bool, _ decode: () throws(BaseError) -> [UInt8]) throws(GuestError) -> Term {
        do {
            let bytes = try decode()
            return raising ? .binary(BinaryBox(bytes)) : .tuple(.ok, .binary(BinaryBox(bytes)))
        } catch {
            if raising { throw .argument(error.message) }
            return .atom("error")
        }
    }

    private static func decode16(_ text: [UInt8], letters: String) throws(BaseError) -> [UInt8] {
        guard text.count % 2 == 0 else {
            throw BaseError(message: "string given to decode has wrong length. An even number of bytes was expected, got: \(text.count). Double check your string for unwanted characters or pad it accordingly")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count / 2)
        for index in stride(from: 0, to: text.count, by: 2) {
            bytes.append(try hexDigit(text[index], letters) << 4 | hexDigit(text[index + 1], letters))
        }
        return bytes
    }

    private static func hexDigit(_ byte: UInt8, _ letters: String) throws(BaseError) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F") where letters != "lower": return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f") where letters != "upper": return byte - UInt8(ascii: "a") + 10
        default: throw nonAlphabet(byte)
        }
    }

    private static func nonAlphabet(_ byte: UInt8) -> BaseError {
        BaseError(message: "non-alphabet character found: \(Term.binary(BinaryBox([byte])).inspect()) (byte \(byte))")
    }

    private static func encode64(_ bytes: [UInt8], alphabet: [UInt8], padding: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        for start in stride(from: 0, to: bytes.count, by: 3) {
            let chunk = bytes[start..<min(start + 3, bytes.count)]
            var group = 0
            for (offset, byte) in chunk.enumerated() { group |= Int(byte) << (16 - 8 * offset) }
            for index in 0...chunk.count { output.append(alphabet[(group >> (18 - 6 * index)) & 63]) }
            if padding { output += [UInt8](repeating: UInt8(ascii: "="), count: 3 - chunk.count) }
        }
        return output
    }

    private static func decode64(_ text: [UInt8], alphabet: [UInt8], padding: Bool) throws(BaseError) -> [UInt8] {
        var body = text
        if padding {
            guard text.count % 4 == 0 else { throw BaseError(message: "incorrect padding") }
        }
        var trimmed = 0
        while trimmed < 2, body.last == UInt8(ascii: "=") {
            body.removeLast()
            trimmed += 1
        }
        guard body.count % 4 != 1 else { throw BaseError(message: "incorrect padding") }
        var values: [Int] = []
        values.reserveCapacity(body.count)
        for byte in body {
            guard let value = alphabet.firstIndex(of: byte) else { throw nonAlphabet(byte) }
            values.append(value)
        }
        var bytes: [UInt8] = []
        for start in stride(from: 0, to: values.count, by: 4) {
            let quad = values[start..<min(start + 4, values.count)]
            var group = 0
            for (offset, value) in quad.enumerated() { group |= value << (18 - 6 * offset) }
            for index in 0..<(quad.count - 1) { bytes.append(UInt8(truncatingIfNeeded: group >> (16 - 8 * index))) }
        }
        return bytes
    }

    /// The atom value of option `key` in the keyword list argument (when the arity has one).
    private static func option(_ args: Arguments, _ arity: Int, _ key: String, allowed: [String]) throws(GuestError) -> String? {
        guard arity == 2, let value = try keyword(args[1], key) else { return nil }
        guard case .atom(let atom) = value, allowed.contains(atom.name) else {
            throw .argument("invalid value for :\(key) option: \(value.inspect())")
        }
        return atom.name
    }

    private static func flag(_ args: Arguments, _ arity: Int, _ key: String) throws(GuestError) -> Bool? {
        guard arity == 2, let value = try keyword(args[1], key) else { return nil }
        return value != .false && value != .nil
    }

    private static func keyword(_ options: Term, _ key: String) throws(GuestError) -> Term? {
        let pairs = try ArgumentChecks.list(options, position: 2)
        for pair in pairs {
            if case .tuple(let box) = pair, box.elements.count == 2, box.elements[0] == .atom(key) { return box.elements[1] }
        }
        return nil
    }
}
