import Terms

/// Building one `<<>>` segment at run time (`proctor.binary_segment(value, type, size, position)`).
enum BinarySegmentBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("binary_segment", 4) { (args, _) throws(GuestError) -> Term in
            let type = try ArgumentChecks.atom(args[1], position: 2).name
            let size: Int? = if case .int(let value) = args[2] { value } else { nil }
            do throws(SegmentFailure) {
                return .binary(BinaryBox(try segment(args[0], type: type, size: size)))
            } catch {
                let position = (try? ArgumentChecks.integer(args[3], position: 4)) ?? 1
                throw .argument("construction of binary failed: segment \(position) of type '\(type)': \(error.problem)")
            }
        }
        return helpers.builtins
    }

    /// Why a segment could not be built, in the words of the BEAM's error message.
    struct SegmentFailure: Error {
        let problem: String
    }

    private static func segment(_ value: Term, type: String, size: Int?) throws(SegmentFailure) -> [UInt8] {
        switch (type, value) {
        case ("binary", .binary(let box)):
            guard let size else { return box.bytes }
            guard size <= box.bytes.count else { throw SegmentFailure(problem: "the value \(value.inspect()) is shorter than the size of the segment") }
            return Array(box.bytes.prefix(size))
        case ("utf8", .int(let code)):
            guard let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0))) else { throw expected("a valid code point", value) }
            return Array(String(scalar).utf8)
        case ("integer", _):
            return try integerBytes(value, bits: size ?? 8)
        case ("binary", _): throw expected("a binary", value)
        default: throw expected("an integer", value)
        }
    }

    /// The low `bits` bits of an integer, big-endian (whole bytes only). Past the integer's own
    /// bytes every byte is its sign (0 or 255), so a wide segment costs no arithmetic per byte.
    private static func integerBytes(_ value: Term, bits: Int) throws(SegmentFailure) -> [UInt8] {
        guard let integer = value.bigIntegerValue else { throw expected("an integer", value) }
        guard bits >= 0, bits % 8 == 0 else { throw SegmentFailure(problem: "proctor supports only whole bytes, got a size of \(bits) bits") }
        guard bits / 8 <= SizeLimits.maximumBinaryBytes else {
            throw SegmentFailure(problem: "a size of \(bits) bits is more than proctor builds (\(SizeLimits.maximumBinaryBytes) bytes)")
        }
        let count = bits / 8
        var bytes = [UInt8](repeating: integer.signum() < 0 ? 255 : 0, count: count)
        var remaining = value
        for index in 0..<min(count, integer.bitWidth / 8 + 1) {
            guard case .int(let low) = Term.flooredModulo(remaining, .int(256)) ?? .nil,
                  let shifted = Term.shiftLeft(remaining, .int(-8)) else { throw expected("an integer", value) }
            bytes[count - 1 - index] = UInt8(low)
            remaining = shifted
        }
        return bytes
    }

    private static func expected(_ what: String, _ value: Term) -> SegmentFailure {
        SegmentFailure(problem: "expected \(what) but got: \(value.inspect())")
    }
}
