import BigInt

/// An Elixir value.
///
/// Every payload is at most one machine word, so a `Term` is small to copy.
/// Compound values live in immutable boxes; a message is the same value in
/// the sender and the receiver because nothing can change it.
public enum Term: Sendable {
    /// An integer that fits in 64 bits (no allocation).
    case int(Int)
    /// An integer beyond 64 bits; always normalized (never fits in `.int`).
    case bigInt(BigIntBox)
    /// A 64-bit IEEE float.
    case float(Double)
    /// An atom, including `true`, `false` and `nil`.
    case atom(Atom)
    /// A bitstring: a binary (an Elixir string is a UTF-8 binary) or bits that are not whole bytes.
    case binary(BinaryBox)
    /// The empty list `[]`.
    case emptyList
    /// A cons cell `[head | tail]`; the tail of a proper list ends in `.emptyList`.
    case cons(Cons)
    /// A tuple.
    case tuple(TupleBox)
    /// A map (structs are maps with a `:__struct__` key).
    case map(MapBox)
    /// A process identifier.
    case pid(Pid)
    /// A unique reference.
    case ref(Ref)
    /// A function value; opaque at this layer.
    case fun(any FunctionValue)
}

/// A process identifier, printed `#PID<0.N.0>`.
public struct Pid: Hashable, Comparable, Sendable {
    /// The process's serial number (the `N` in `#PID<0.N.0>`).
    public let serial: UInt32

    /// Makes the pid with the given serial number.
    public init(serial: UInt32) { self.serial = serial }

    public static func < (lhs: Pid, rhs: Pid) -> Bool { lhs.serial < rhs.serial }
}

/// A reference made by `make_ref/0` or `Process.monitor/1`.
public struct Ref: Hashable, Comparable, Sendable {
    /// The reference's number, unique within its runtime.
    public let number: UInt64

    /// Makes the reference with the given number.
    public init(number: UInt64) { self.number = number }

    public static func < (lhs: Ref, rhs: Ref) -> Bool { lhs.number < rhs.number }
}

/// A function value made by the language layer (a closure or a capture).
public protocol FunctionValue: AnyObject, Sendable {
    /// How many arguments the function takes.
    var arity: Int { get }
    /// What `inspect` prints for it, e.g. `&Shapes.fact/1` or `#Function<0.1/1 in :erl_eval.expr/5>`.
    var inspectText: String { get }
    /// A number that orders functions among themselves and identifies them for `==`.
    var identity: UInt64 { get }
}

/// The storage of an integer beyond 64 bits.
public final class BigIntBox: Sendable {
    /// The integer's value.
    public let value: BigInt

    init(_ value: BigInt) { self.value = value }
}

/// A cons cell of a list.
///
/// `head` and `tail` are only ever written by `deinit` (through `TermRelease`), when
/// no one else can see the cell, which is why the class can promise to be `Sendable`.
public final class Cons: @unchecked Sendable {
    /// The first element.
    public internal(set) var head: Term
    /// The rest of the list (`.emptyList` at the end of a proper list).
    public internal(set) var tail: Term

    /// Makes the cell `[head | tail]`.
    public init(_ head: Term, _ tail: Term) {
        self.head = head
        self.tail = tail
    }

    /// Releases what the cell alone holds without recursion (see `TermRelease`), so dropping
    /// a list of millions of elements, or iodata nested millions deep, never overflows the host stack.
    deinit {
        var pending: [Term] = []
        TermRelease.detach(&head, into: &pending)
        TermRelease.detach(&tail, into: &pending)
        TermRelease.drain(&pending)
    }
}

/// The elements of a tuple (written only by `deinit`, see `Cons`).
public final class TupleBox: @unchecked Sendable {
    /// The tuple's elements, in order.
    public internal(set) var elements: [Term]

    /// Wraps the given elements.
    public init(_ elements: [Term]) { self.elements = elements }

    /// Releases what the tuple alone holds without recursion (tuples nested millions deep).
    deinit {
        var pending: [Term] = []
        TermRelease.detach(&elements, into: &pending)
        TermRelease.drain(&pending)
    }
}

/// The entries of a map, kept sorted by key in term order (as Elixir prints and iterates
/// small maps): up to `MapBox.arrayLimit` keys in two sorted arrays, so lookups are a scan or
/// a binary search; above it in a persistent balanced tree, so one put costs O(log n).
public final class MapBox: @unchecked Sendable {
    /// A small map's keys, in ascending term order, without duplicates (compared with `===`);
    /// empty for a large map.
    var keys: [Term]
    /// A small map's values, `values[i]` belonging to `keys[i]` (written only by `deinit`, see `Cons`).
    var values: [Term]
    /// A large map's entries (nil for a small map).
    var tree: MapTreeNode?

    /// Releases what the map alone holds without recursion (maps nested millions deep).
    deinit {
        var pending: [Term] = []
        TermRelease.detach(&values, into: &pending)
        TermRelease.detach(&keys, into: &pending)
        TermRelease.detach(tree: &tree, into: &pending)
        TermRelease.drain(&pending)
    }

    /// Wraps keys that are already sorted and unique, with their values.
    public init(sortedKeys keys: [Term], values: [Term]) {
        if keys.count > MapBox.arrayLimit {
            self.keys = []
            self.values = []
            self.tree = MapTree.build(keys[...], values[...])
        } else {
            self.keys = keys
            self.values = values
        }
    }

    /// Wraps a tree of entries.
    init(tree: MapTreeNode?) {
        self.keys = []
        self.values = []
        self.tree = tree
    }
}
