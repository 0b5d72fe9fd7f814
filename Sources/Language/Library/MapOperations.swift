import Terms

/// Map operations shared by the VM and the builtins.
enum MapOperations {
    /// `%{map | k: v}`: every key must already be in the map (a missing one raises KeyError without a term, as compiled Elixir does).
    static func update(_ target: Term, with pairs: [(key: Term, value: Term)]) throws(GuestError) -> Term {
        guard case .map(var box) = target else { throw .badMap(target) }
        for (key, value) in pairs {
            guard let updated = box.updating(key, value) else { throw .keyError(key, in: .nil) }
            box = updated
        }
        return .map(box)
    }
}

/// Text operations shared by the VM and the builtins.
enum TextOperations {
    /// The binary of `parts` converted with `to_string` and joined (string interpolation).
    static func concatenate(_ parts: UnsafeBufferPointer<Term>) throws(GuestError) -> Term {
        var writer = BitWriter()
        for part in parts {
            if case .binary(let box) = part {
                writer.append(box)
                continue
            }
            writer.append(bytes: try displayBytes(part))
        }
        return .binary(writer.box())
    }

    /// `to_string/1` as bytes, raising what Elixir raises for terms without text.
    static func displayBytes(_ term: Term) throws(GuestError) -> [UInt8] {
        switch term.toDisplayBytes() {
        case .success(let bytes): return bytes
        case .failure(.notImplemented):
            let isBitstring = if case .binary = term { true } else { false }
            throw .protocolUndefined("String.Chars", term, isBitstring ? "cannot convert a bitstring to a string" : "")
        case .failure(.invalidChardata): throw .argument("cannot convert the given list to a string")
        case .failure(.invalidCodePoint(let point)):
            throw .exception("UnicodeConversionError", [("message", .string("invalid code point \(point)"))])
        case .failure(.invalidEncoding):
            throw .exception("UnicodeConversionError", [("message", .string("invalid encoding"))])
        }
    }

    /// `to_string/1` as a Swift string.
    static func displayString(_ term: Term) throws(GuestError) -> String {
        String(decoding: try displayBytes(term), as: UTF8.self)
    }
}
