import BigInt
@testable import Terms

/// Short builders for terms in tests.
enum T {
    static func i(_ value: Int) -> Term { .int(value) }
    static func f(_ value: Double) -> Term { .float(value) }
    static func a(_ name: String) -> Term { .atom(name) }
    static func s(_ text: String) -> Term { .string(text) }
    static func big(_ digits: String) -> Term { .integer(BigInt(digits) ?? 0) }
    static func l(_ elements: Term...) -> Term { .list(elements) }
    static func t(_ elements: Term...) -> Term { .tuple(elements) }
    static func m(_ pairs: (Term, Term)...) -> Term { .map(pairs: pairs.map { (key: $0.0, value: $0.1) }) }
    static func bytes(_ bytes: UInt8...) -> Term { .binary(BinaryBox(bytes)) }
    static func improper(_ elements: [Term], _ tail: Term) -> Term { .list(elements, tail: tail) }
}
