import Terms

/// Bitstring patterns `<<len::8, head::binary-size(len), x::4, "x", rest::bits>>`: each segment
/// is taken from the front of the bitstring, and nothing may be left over at the end.
extension PatternCompiler {
    /// Matches the bitstring in `slot` against the segments of `<<...>>`.
    func matchBinary(_ segments: [SyntaxNode], slot: Int32, node: SyntaxNode) {
        let rest = builder.newLocal()
        builder.emit(.pushLocal(slot))
        builder.emit(.storeLocal(rest))
        for (index, segment) in segments.enumerated() {
            if case .string(let text) = segment.kind {
                test(.testBinaryPrefix(slot: rest, index: builder.constant(.string(text)), fail: -1))
                continue
            }
            let (value, specNode) = parts(of: segment)
            let spec: BinarySegmentSpec
            do throws(BinarySegmentSpec.Invalid) {
                spec = try specNode.map(BinarySegmentSpec.init) ?? BinarySegmentSpec()
            } catch {
                expressions.compiler.report(error.message, at: segment)
                return
            }
            if case .string(let text) = value.kind, [.binary, .bitstring].contains(spec.type.kind), spec.size == nil {
                test(.testBinaryPrefix(slot: rest, index: builder.constant(.string(text)), fail: -1))
                continue
            }
            guard matchSegment(value, spec: spec, from: rest, isLast: index == segments.count - 1, node: segment) else { return }
        }
        test(.testConstant(slot: rest, index: builder.constant(.string("")), fail: -1))
    }

    /// Takes one segment from the bitstring in `rest` and matches `value` against it; false after
    /// reporting a segment proctor cannot take.
    private func matchSegment(_ value: SyntaxNode, spec: BinarySegmentSpec, from rest: Int32, isLast: Bool, node: SyntaxNode) -> Bool {
        let into = builder.newLocal()
        let size: Term
        if let written = spec.size {
            if let literal = spec.literalSize {
                size = .int(literal)
            } else if let sizeSlot = sizeSlot(written) {
                builder.emit(.pushLocal(sizeSlot))
                builder.emit(.storeLocal(into))
                size = .atom("local")
            } else {
                expressions.compiler.report("proctor supports only a literal or a variable as the size of a <<>> pattern segment, got: \(written.shortDescription)", at: node)
                return false
            }
        } else if let defaultSize = spec.type.defaultSize {
            size = .int(defaultSize)
        } else if spec.type.isUTF {
            size = .int(0)
        } else if isLast {
            size = .atom("all")
        } else {
            expressions.compiler.report("a binary field without size is only allowed at the end of a binary pattern, at the right side of binary concatenation and never allowed in binary generators", at: node)
            return false
        }
        test(.takeBinarySegment(slot: rest, index: builder.constant(BinarySegment.spec(spec.type, size: size)), into: into, fail: -1))
        match(value, slot: into)
        return true
    }

    /// The local holding a size written as a variable (bound earlier in the pattern, or outside it) or a pin.
    private func sizeSlot(_ node: SyntaxNode) -> Int32? {
        var variable = node
        if node.callName == "^", let inner = node.arguments?.first { variable = inner }
        guard case .variable(let name) = variable.kind else { return nil }
        noteRead(name)
        return bound[name]?.slot ?? builder.resolve(name)
    }

    /// `value::spec` split in two; a bare value has no spec.
    private func parts(of segment: SyntaxNode) -> (SyntaxNode, SyntaxNode?) {
        guard segment.callName == "::", let args = segment.arguments, args.count == 2 else { return (segment, nil) }
        return (args[0], args[1])
    }
}
