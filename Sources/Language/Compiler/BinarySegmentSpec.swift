/// A `<<>>` segment's type and size as written after `::` (`binary`, `utf8`, `4`, `size(n)-unit(8)`,
/// `little-signed-integer-size(16)`), checked as Elixir checks it when it compiles.
struct BinarySegmentSpec {
    /// The segment's type, unit, signedness and endianness.
    var type = SegmentType()
    /// The size as written (a literal or an expression), in units; nil for the type's default.
    var size: SyntaxNode?

    /// Why a spec is refused, in Elixir's words.
    struct Invalid: Error {
        let message: String
    }

    /// The spec for a segment written without `::` (an 8-bit integer).
    init() {}

    /// Reads a spec node.
    init(_ node: SyntaxNode) throws(Invalid) {
        var kind: SegmentType.Kind?
        var unit: Int?
        var signed = false
        var little = false
        for item in Self.flatten(node) {
            if case .integer = item.kind {
                size = item
            } else if let name = Self.word(item), let named = Self.kinds[name] {
                if let kind, kind != named { throw Invalid(message: "conflicting type specification for bit field: \"\(kind.rawValue)\" and \"\(named.rawValue)\"") }
                kind = named
            } else if let name = Self.word(item), ["signed", "unsigned"].contains(name) {
                signed = name == "signed"
            } else if let name = Self.word(item), ["big", "little", "native"].contains(name) {
                little = name == "little" || (name == "native" && UInt16(1).littleEndian == 1)
            } else if item.callName == "size", let arguments = item.arguments, arguments.count == 1 {
                size = arguments[0]
            } else if item.callName == "unit", let arguments = item.arguments, arguments.count == 1, case .integer(let value) = arguments[0].kind {
                unit = value
            } else {
                throw Invalid(message: "unknown bitstring specifier: \(Self.word(item).map { $0 + "()" } ?? item.shortDescription)")
            }
        }
        type = SegmentType(kind: kind ?? .integer, unit: unit, signed: signed, little: little)
        try check(unitGiven: unit != nil)
    }

    /// The checks Elixir makes of a whole spec.
    private func check(unitGiven: Bool) throws(Invalid) {
        if type.isUTF && (size != nil || unitGiven) { throw Invalid(message: "size and unit are not supported on utf types") }
        guard (1...256).contains(type.unit) else {
            throw Invalid(message: "a unit must be between 1 and 256, got: \(type.unit) (proctor)")
        }
        if type.kind == .float, case .integer(let value)? = size?.kind, ![16, 32, 64].contains(value * type.unit) {
            throw Invalid(message: "float requires size*unit to be 16, 32, or 64 (default), got: \(value * type.unit)")
        }
        if unitGiven && size == nil && type.kind == .integer {
            throw Invalid(message: "integer and float types require a size specifier if the unit specifier is given")
        }
    }

    /// The size written as a literal, if it is one.
    var literalSize: Int? {
        if case .integer(let value)? = size?.kind { return value }
        return nil
    }

    private static let kinds: [String: SegmentType.Kind] = [
        "integer": .integer, "float": .float, "binary": .binary, "bytes": .binary, "bitstring": .bitstring,
        "bits": .bitstring, "utf8": .utf8, "utf16": .utf16, "utf32": .utf32,
    ]

    private static func flatten(_ node: SyntaxNode) -> [SyntaxNode] {
        if node.callName == "-", let parts = node.arguments, parts.count == 2 {
            return flatten(parts[0]) + flatten(parts[1])
        }
        return [node]
    }

    /// A bare word (`binary`, `utf8`), written as a variable or a call without arguments.
    private static func word(_ node: SyntaxNode) -> String? {
        if case .variable(let name) = node.kind { return name }
        if let name = node.callName, node.arguments?.isEmpty == true { return name }
        return nil
    }
}
