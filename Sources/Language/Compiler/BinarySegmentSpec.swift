/// A `<<>>` segment's type and size as written after `::` (`binary`, `utf8`, `8`, `integer-size(16)`).
struct BinarySegmentSpec {
    /// The segment type: `integer`, `binary`, `utf8` or `float`.
    var type = "integer"
    /// The size in units (bits for integers and floats, bytes for binaries); nil for the type's default.
    var size: Int?

    /// Reads a spec node, or nil when it uses something proctor does not support.
    init?(_ node: SyntaxNode) {
        for item in Self.flatten(node) {
            if case .integer(let bits) = item.kind {
                size = bits
            } else if let name = Self.word(item), Self.types.contains(name) {
                type = Self.canonical(name)
            } else if let name = Self.word(item), Self.ignored.contains(name) {
                continue
            } else {
                guard item.callName == "size", let arguments = item.arguments, arguments.count == 1,
                      case .integer(let value) = arguments[0].kind else { return nil }
                size = value
            }
        }
    }

    /// The spec for a segment written without `::` (an 8-bit integer).
    init() {}

    private static let types: Set<String> = ["integer", "binary", "bytes", "bitstring", "bits", "utf8", "float"]
    private static let ignored: Set<String> = ["big", "unsigned", "signed"]

    private static func canonical(_ name: String) -> String {
        switch name {
        case "bytes", "bitstring", "bits": return "binary"
        default: return name
        }
    }

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
