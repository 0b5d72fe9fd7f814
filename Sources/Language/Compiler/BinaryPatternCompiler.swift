import Terms

/// Binary patterns `<<head::binary-size(2), n::8, "x", rest::binary>>`: each segment is
/// taken from the front of the binary, and nothing may be left over at the end.
extension PatternCompiler {
    /// Matches the binary in `slot` against the segments of `<<...>>`.
    func matchBinary(_ segments: [SyntaxNode], slot: Int32, node: SyntaxNode) {
        let rest = builder.newLocal()
        builder.emit(.pushLocal(slot))
        builder.emit(.storeLocal(rest))
        for segment in segments {
            if case .string(let text) = segment.kind {
                test(.testBinaryPrefix(slot: rest, index: builder.constant(.string(text)), fail: -1))
                continue
            }
            let (value, spec) = parts(of: segment)
            guard let spec = specification(spec) else {
                unsupported(node)
                return
            }
            let into = builder.newLocal()
            test(.takeBinarySegment(slot: rest, index: builder.constant(spec), into: into, fail: -1))
            match(value, slot: into)
        }
        test(.testConstant(slot: rest, index: builder.constant(.string("")), fail: -1))
    }

    /// `value::spec` split in two; a bare value is an 8-bit integer.
    private func parts(of segment: SyntaxNode) -> (SyntaxNode, SyntaxNode?) {
        guard segment.callName == "::", let args = segment.arguments, args.count == 2 else { return (segment, nil) }
        return (args[0], args[1])
    }

    /// The segment as `{:binary, size | :all}`, `{:integer, bits}` or `{:utf8, 0}`; nil when proctor cannot take it.
    private func specification(_ spec: SyntaxNode?) -> Term? {
        guard let spec else { return .tuple(.atom("integer"), .int(8)) }
        if case .integer(let bits) = spec.kind { return .tuple(.atom("integer"), .int(bits)) }
        if case .variable(let type) = spec.kind { return typeSpecification(type, size: nil) }
        if spec.callName == "size", let size = spec.arguments?.first, case .integer(let bits) = size.kind {
            return .tuple(.atom("integer"), .int(bits))
        }
        guard spec.callName == "-", let args = spec.arguments, args.count == 2, case .variable(let type) = args[0].kind,
            args[1].callName == "size", let size = args[1].arguments?.first, case .integer(let count) = size.kind
        else { return nil }
        return typeSpecification(type, size: count)
    }

    private func typeSpecification(_ type: String, size: Int?) -> Term? {
        switch type {
        case "binary", "bytes": return .tuple(.atom("binary"), size.map(Term.int) ?? .atom("all"))
        case "integer": return .tuple(.atom("integer"), .int(size ?? 8))
        case "utf8": return size == nil ? .tuple(.atom("utf8"), .int(0)) : nil
        default: return nil
        }
    }
}
