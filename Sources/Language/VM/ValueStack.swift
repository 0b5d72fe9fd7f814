import Terms

/// The VM's operand and locals stack.
typealias ValueStack = UncheckedStack<Term>

/// The VM's call frames.
typealias FrameStack = UncheckedStack<Frame>

/// A growable stack without the uniqueness and bounds checks an array pays on every
/// push and pop: the VM's operand stack and its frame stack.
///
/// Only the machine that owns it touches it, and only through these methods; the
/// slices it hands to builtins are valid for the duration of the call.
final class UncheckedStack<Element> {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<Element>
    @exclusivity(unchecked) private var capacity: Int
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

    /// Removes the value at `index`, moving the ones above it down.
    func remove(at index: Int) {
        let removed = (base + index).move()
        (base + index).moveInitialize(from: base + index + 1, count: count - index - 1)
        count -= 1
        _ = removed
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        set { base[index] = newValue }
    }

    /// Every element, bottom first (a copy).
    var elements: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The values from `range.lowerBound` to the top, valid until the stack next changes.
    subscript(range: PartialRangeFrom<Int>) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: count - range.lowerBound)
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
