import BigInt

/// Short ways to build common terms.
extension Term {
    /// The atom `true`.
    @inlinable public static var `true`: Term { .atom(.true) }
    /// The atom `false`.
    @inlinable public static var `false`: Term { .atom(.false) }
    /// The atom `nil`.
    @inlinable public static var `nil`: Term { .atom(.nil) }
    /// The atom `:ok`.
    @inlinable public static var ok: Term { .atom(.ok) }

    /// The boolean atom for `value`.
    @inlinable public static func bool(_ value: Bool) -> Term { .atom(Atom(index: value ? 0 : 1)) }

    /// The atom with the given name.
    public static func atom(_ name: String) -> Term { .atom(Atom(name)) }

    /// A UTF-8 binary holding `text`.
    public static func string(_ text: String) -> Term { .binary(BinaryBox(Array(text.utf8))) }

    /// A tuple of the given elements.
    public static func tuple(_ elements: Term...) -> Term { .tuple(TupleBox(elements)) }

    /// A tuple of the given elements.
    public static func tuple(_ elements: [Term]) -> Term { .tuple(TupleBox(elements)) }

    /// A proper list of the given elements, ending in `tail` (`[]` by default).
    public static func list(_ elements: [Term], tail: Term = .emptyList) -> Term {
        var result = tail
        for element in elements.reversed() {
            result = .cons(Cons(element, result))
        }
        return result
    }

    /// The integer `value`, as `.int` when it fits in 64 bits.
    public static func integer(_ value: BigInt) -> Term {
        if let small = Int(exactly: value) { return .int(small) }
        return .bigInt(BigIntBox(value))
    }
}
