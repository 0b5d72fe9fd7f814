import Terms

/// The VM's operand and locals stack.
typealias ValueStack = UncheckedStack<Term>

/// A growable stack without the uniqueness and bounds checks an array pays on every
/// push and pop: the VM's operand stack and the storage of its frame stack.
///
/// Only the machine that owns it touches it, and only through these methods; the
/// slices it hands to builtins are valid for the duration of the call.
final class UncheckedStack<Element> {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<Element>
    @exclusivity(unchecked) private(set) var capacity: Int
    /// How many values are on the stack.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 8) {
        self.capacity = capacity
        base = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func append(_ value: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: value)
        count += 1
    }

    /// Pushes `value` onto a stack known to have room for it (after `makeRoom()` when it was full).
    @inline(__always)
    func appendWithinCapacity(_ value: Element) {
        (base + count).initialize(to: value)
        count += 1
    }

    /// Doubles the room of a full stack.
    func makeRoom() {
        if count == capacity { grow() }
    }

    func append(contentsOf values: [Element]) {
        for value in values { append(value) }
    }

    @inline(__always)
    @discardableResult
    func removeLast() -> Element {
        count -= 1
        return (base + count).move()
    }

    func removeLast(_ number: Int) {
        truncate(to: count - number)
    }

    /// Drops every value above `height`.
    @inline(__always)
    func truncate(to height: Int) {
        while count > height {
            count -= 1
            (base + count).deinitialize(count: 1)
        }
    }

    func removeAll() { truncate(to: 0) }

    /// Removes the value at `index` and returns it, moving the ones above it down.
    func remove(at index: Int) -> Element {
        let removed = (base + index).move()
        (base + index).moveInitialize(from: base + index + 1, count: count - index - 1)
        count -= 1
        return removed
    }

    /// Stores `value` at `index` over a value that holds no reference (an integer the instruction
    /// just read there), without the destruction an assignment would call.
    @inline(__always)
    func overwriteImmediate(at index: Int, with value: Element) {
        (base + index).initialize(to: value)
    }

    /// The element at `index`, read and written in place (a frame's field without copying the frame).
    @inline(__always)
    subscript(index: Int) -> Element {
        unsafeAddress { UnsafePointer(base + index) }
        unsafeMutableAddress { base + index }
    }

    /// Every element, bottom first (a copy).
    var elements: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The values from `range.lowerBound` to the top, valid until the stack next changes.
    subscript(range: PartialRangeFrom<Int>) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: count - range.lowerBound)
    }

    /// Gives memory back after a deep recursion returned: halves the room while a quarter is unused.
    func shrinkIfSparse() {
        var newCapacity = capacity
        while newCapacity > UncheckedStack.keptCapacity, count < newCapacity / 4 { newCapacity /= 2 }
        if newCapacity < capacity { move(to: newCapacity) }
    }

    /// Room a stack keeps however little it holds.
    private static var keptCapacity: Int { 4096 }

    private func grow() {
        move(to: capacity * 2)
    }

    private func move(to newCapacity: Int) {
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

extension UncheckedStack where Element == Term {
    /// Removes the top `number` values and returns them bottom first, moved into the array: no
    /// copy and no reference counting (a tuple's or a closure's elements).
    @inline(__always)
    func popArray(_ number: Int) -> [Term] {
        guard number > 0 else { return [] }
        count -= number
        let first = base + count
        var values: [Term] = []
        values.reserveCapacity(number)
        for offset in 0..<number { values.append((first + offset).move()) }
        return values
    }

    /// Moves the top `count` values down so they start at `index`, dropping the values between
    /// (a return's value or a tail call's arguments taking the place of the locals): no copy, no
    /// reference counting.
    @inline(__always)
    func slide(_ count: Int, downTo index: Int) {
        let first = self.count - count
        guard first > index else { return }
        // One value at a time, and only those holding a reference: a range deinitialization goes
        // through the runtime's generic `swift_arrayDestroy` (about 280 instructions per tail call),
        // and the outlined destroy of a `Term` costs a call even for an integer.
        for dropped in index..<first where !base[dropped].isImmediate { (base + dropped).deinitialize(count: 1) }
        (base + index).moveInitialize(from: base + first, count: count)
        self.count = index + count
    }
}

extension UncheckedStack where Element == Term {
    /// Pushes a copy of the value at `index` (a local): an immediate value is rebuilt rather than
    /// copied, without the call to the outlined copy of `Term`.
    @inline(__always)
    func appendCopy(of index: Int) {
        if count == capacity { grow() }
        (base + count).initialize(to: base[index].rebuilt)
        count += 1
    }

    /// Stores `value` at `index` (a local): over an immediate value it is written without the call
    /// to the outlined destroy of `Term` an assignment makes.
    @inline(__always)
    func store(_ value: __owned Term, at index: Int) {
        if base[index].isImmediate {
            (base + index).initialize(to: value)
        } else {
            base[index] = value
        }
    }

    /// Stores a copy of `value` at `index` (a tuple's element into a local), as `store` does, with
    /// an immediate value rebuilt rather than copied.
    @inline(__always)
    func storeCopy(of value: Term, at index: Int) {
        store(value.rebuilt, at: index)
    }
}

extension UncheckedStack where Element == Term {
    /// Drops every value from `index` up and puts `value` there (a return of a constant taking the
    /// place of the locals), releasing only the values that hold a reference, as `slide` does.
    @inline(__always)
    func replaceAll(from index: Int, with value: Term) {
        for dropped in index..<count where !base[dropped].isImmediate { (base + dropped).deinitialize(count: 1) }
        // An integer or atom is rebuilt rather than copied: no call to the outlined copy of `Term`.
        switch value {
        case .int(let integer): (base + index).initialize(to: .int(integer))
        case .atom(let atom): (base + index).initialize(to: .atom(atom))
        default: (base + index).initialize(to: value)
        }
        count = index + 1
    }
}

extension Term {
    /// The same value; an integer, atom or pid is rebuilt from its payload, which costs no call to
    /// the outlined copy of `Term` (anything else is copied, retaining what it holds).
    @inline(__always)
    var rebuilt: Term {
        switch self {
        case .int(let integer): return .int(integer)
        case .atom(let atom): return .atom(atom)
        case .pid(let pid): return .pid(pid)
        default: return self
        }
    }
}

extension Term {
    /// Whether the value holds no reference (an integer, float, atom, `[]`, pid or reference), so
    /// dropping it needs no release.
    @inline(__always)
    var isImmediate: Bool {
        switch self {
        case .int, .float, .atom, .emptyList, .pid, .ref: return true
        case .bigInt, .binary, .cons, .tuple, .map, .fun: return false
        }
    }
}
