import Terms

/// Building one `<<>>` segment at run time (`proctor.binary_segment(value, type, size, position)`,
/// `type` a `SegmentType` constant and `size` the written size in units, or nil for the default).
enum BinarySegmentBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("binary_segment", 4) { (args, _) throws(GuestError) -> Term in
            guard let type = SegmentType(term: args[1]) else { throw ArgumentChecks.badArgument(2, "not a segment type") }
            var writer = BitWriter()
            do throws(SegmentFailure) {
                guard let size = try size(args[2], type: type) else {
                    throw SegmentFailure(problem: "expected a non-negative integer as size but got: \(args[2].inspect())")
                }
                try append(args[0], type: type, bits: size.map { $0 * type.unit }, into: &writer)
            } catch {
                let position = (try? ArgumentChecks.integer(args[3], position: 4)) ?? 1
                throw .argument("construction of binary failed: segment \(position) of type '\(type.errorName)': \(error.problem)")
            }
            return .binary(writer.box())
        }
        return helpers.builtins
    }

    /// Why a segment could not be built, in the words of the BEAM's error message.
    struct SegmentFailure: Error {
        let problem: String
    }

    /// The size in units: `.some(nil)` for the type's whole value, nil when the size is not a
    /// non-negative integer.
    private static func size(_ term: Term, type: SegmentType) throws(SegmentFailure) -> Int?? {
        switch term {
        case .nil: return .some(type.defaultSize)
        case .int(let value) where value >= 0:
            guard value <= SizeLimits.maximumBinaryBytes * 8 / type.unit else {
                let size = type.unit == 1 ? "\(value) bits" : "\(value) units of \(type.unit) bits"
                throw SegmentFailure(problem: "a size of \(size) is more than proctor builds (\(SizeLimits.maximumBinaryBytes) bytes)")
            }
            return .some(value)
        default: return nil
        }
    }

    private static func append(_ value: Term, type: SegmentType, bits: Int?, into writer: inout BitWriter) throws(SegmentFailure) {
        switch type.kind {
        case .integer:
            guard writer.appendInteger(value, bits: bits ?? 8, little: type.little) else { throw expected("an integer", value) }
        case .float:
            try appendFloat(value, bits: bits ?? 64, little: type.little, into: &writer)
        case .binary, .bitstring:
            try appendBits(value, type: type, bits: bits, into: &writer)
        case .utf8, .utf16, .utf32:
            try UTFSegments.append(value, type: type, into: &writer)
        }
    }

    private static func appendFloat(_ value: Term, bits: Int, little: Bool, into writer: inout BitWriter) throws(SegmentFailure) {
        guard let number = value.floatValue else { throw expected("a float or an integer", value) }
        let pattern: UInt64 = switch bits {
        case 32: UInt64(Float(number).bitPattern)
        case 16: UInt64(Float16(number).bitPattern)
        default: number.bitPattern
        }
        _ = writer.appendInteger(.int(Int(truncatingIfNeeded: pattern)), bits: bits, little: little)
    }

    private static func appendBits(_ value: Term, type: SegmentType, bits: Int?, into writer: inout BitWriter) throws(SegmentFailure) {
        guard case .binary(let box) = value else {
            throw expected("a binary", value)
        }
        guard let bits else {
            guard box.bitCount % type.unit == 0 else {
                throw SegmentFailure(problem: "the size of the value \(value.inspect()) is not a multiple of the unit for the segment")
            }
            writer.append(box)
            return
        }
        guard bits <= box.bitCount else { throw SegmentFailure(problem: "the value \(value.inspect()) is shorter than the size of the segment") }
        writer.append(box, from: 0, count: bits)
    }

    /// The failure for a value of the wrong type.
    static func expected(_ what: String, _ value: Term) -> SegmentFailure {
        SegmentFailure(problem: "expected \(what) but got: \(value.inspect())")
    }
}
