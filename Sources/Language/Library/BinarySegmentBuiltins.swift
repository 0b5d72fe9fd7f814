import Terms

/// Building one `<<>>` segment at run time (`proctor.binary_segment(value, type, size)`).
enum BinarySegmentBuiltins {
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("binary_segment", 3) { (args, _) throws(GuestError) -> Term in
            let type = try ArgumentChecks.atom(args[1], position: 2).name
            let size: Int? = if case .int(let value) = args[2] { value } else { nil }
            return .binary(BinaryBox(try segment(args[0], type: type, size: size)))
        }
        return helpers.builtins
    }

    private static func segment(_ value: Term, type: String, size: Int?) throws(GuestError) -> [UInt8] {
        switch (type, value) {
        case ("binary", .binary(let box)):
            guard let size else { return box.bytes }
            guard size <= box.bytes.count else { throw failure(value) }
            return Array(box.bytes.prefix(size))
        case ("utf8", .int(let code)):
            guard let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0))) else { throw failure(value) }
            return Array(String(scalar).utf8)
        case ("integer", _):
            return try integerBytes(value, bits: size ?? 8)
        default:
            throw failure(value)
        }
    }

    /// The low `bits` bits of an integer, big-endian (whole bytes only).
    private static func integerBytes(_ value: Term, bits: Int) throws(GuestError) -> [UInt8] {
        guard bits >= 0, bits % 8 == 0, value.bigIntegerValue != nil else { throw failure(value) }
        var bytes: [UInt8] = []
        var remaining = value
        for _ in 0..<(bits / 8) {
            guard case .int(let low) = Term.flooredModulo(remaining, .int(256)) ?? .nil,
                  let shifted = Term.shiftLeft(remaining, .int(-8)) else { throw failure(value) }
            bytes.append(UInt8(low))
            remaining = shifted
        }
        return bytes.reversed()
    }

    private static func failure(_ value: Term) -> GuestError {
        .argument("construction of binary failed: segment 1 of type 'binary': expected a binary but got: \(value.inspect())")
    }
}
