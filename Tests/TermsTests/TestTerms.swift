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

extension T {
    static func ints(_ range: ClosedRange<Int>) -> Term { .list(range.map { Term.int($0) }) }
    static func strings(_ texts: [String]) -> Term { .list(texts.map { Term.string($0) }) }
    static func kw(_ pairs: (String, Term)...) -> Term { .list(pairs.map { Term.tuple(.atom($0.0), $0.1) }) }
    static func pid(_ serial: UInt32) -> Term { .pid(Pid(serial: serial)) }
    static func ref(_ number: UInt64) -> Term { .ref(Ref(number: number)) }
    static func fun(_ text: String, identity: UInt64 = 1) -> Term { .fun(TextFunction(text, identity: identity)) }
    static func alias(_ name: String) -> Term { .atom("Elixir." + name) }

    /// A struct value of the module `Elixir.<name>`.
    static func st(_ name: String, _ fields: (String, Term)...) -> Term {
        .makeStruct(Atom("Elixir." + name), fields: fields.map { (key: Atom($0.0), value: $0.1) })
    }

    /// An exception value of the module `Elixir.<name>` (with `__exception__: true`).
    static func ex(_ name: String, _ fields: (String, Term)...) -> Term {
        .makeStruct(Atom("Elixir." + name),
                    fields: [(key: Atom("__exception__"), value: .true)] + fields.map { (key: Atom($0.0), value: $0.1) })
    }

    static func range(_ first: Int, _ last: Int, _ step: Int) -> Term {
        st("Range", ("first", .int(first)), ("last", .int(last)), ("step", .int(step)))
    }

    static func mapSet(_ members: Term...) -> Term {
        st("MapSet", ("map", .map(pairs: members.map { (key: $0, value: Term.emptyList) })), ("version", .int(2)))
    }

    static func repeated(_ term: Term, _ count: Int) -> Term { .list(Array(repeating: term, count: count)) }
}

/// A function value printed with a fixed text.
final class TextFunction: FunctionValue {
    let arity = 1
    let identity: UInt64
    let inspectText: String

    init(_ text: String, identity: UInt64) {
        self.inspectText = text
        self.identity = identity
    }
}
