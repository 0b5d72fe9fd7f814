/// The VM's call frames, which keep the module versions they run alive without reference
/// counting on every call.
///
/// A frame holds its module only when the frame below it runs another module (or there is
/// none): a call within a module, the common case, is covered by the frame that entered the
/// module, which stays below it until it returns. The frames are plain values, so a call
/// and a return within a module cost no retain or release (fib paid three of each per call).
final class FrameStack {
    private let storage: UncheckedStack<Frame>

    init(capacity: Int) {
        storage = UncheckedStack(capacity: capacity)
    }

    deinit {
        removeAll()
    }

    /// How many frames there are.
    var count: Int { storage.count }
    /// How many frames fit before the stack must grow.
    var capacity: Int { storage.capacity }
    var isEmpty: Bool { storage.isEmpty }

    /// Pushes a frame for `function` whose locals start at `base`.
    @inline(__always)
    func push(_ function: Unmanaged<FunctionCode>, base: Int) {
        let frame = Frame(function: function, base: base, holdsModule: storage.isEmpty || !Self.same(storage[storage.count - 1].module, function))
        if frame.holdsModule { _ = frame.module.retain() }
        storage.append(frame)
    }

    /// Pushes a frame for `function`, a function of the module the top frame runs (a local call),
    /// whose locals start at `base`: a few stores, since the frames below already hold the module.
    /// The stack must have room (`makeRoom()` when `count == capacity`).
    @inline(__always)
    func pushWithinModule(_ function: Unmanaged<FunctionCode>, base: Int) {
        storage.appendWithinCapacity(Frame(function: function, base: base, holdsModule: false))
    }

    /// Doubles the room of a full stack (once the runtime admitted the growth).
    func makeRoom() { storage.makeRoom() }

    /// Replaces the top frame by one for `function` with the same base (a tail call).
    @inline(__always)
    func replaceTop(with function: Unmanaged<FunctionCode>) {
        let old = storage[storage.count - 1]
        guard !Self.same(old.module, function) else {
            storage[storage.count - 1] = Frame(function: function, base: Int(old.base), holdsModule: old.holdsModule)
            return
        }
        let frame = Frame(function: function, base: Int(old.base), holdsModule: storage.count == 1 || !Self.same(storage[storage.count - 2].module, function))
        if frame.holdsModule { _ = frame.module.retain() }
        storage[storage.count - 1] = frame
        if old.holdsModule { old.module.release() }
    }

    /// Pops the top frame.
    @inline(__always)
    func removeLast() {
        let frame = storage.removeLast()
        if frame.holdsModule { frame.module.release() }
    }

    /// Pops the top frame and returns the one below it, now the top (a return to its caller).
    @inline(__always)
    func popToCaller() -> Frame {
        removeLast()
        return storage[storage.count - 1]
    }

    /// Pops the top `number` frames.
    func removeLast(_ number: Int) {
        for _ in 0..<number { removeLast() }
    }

    func removeAll() {
        while !storage.isEmpty { removeLast() }
    }

    /// The frame at `index`, read and written in place.
    @inline(__always)
    subscript(index: Int) -> Frame {
        get { storage[index] }
        _modify { yield &storage[index] }
    }

    /// The frames from `range.lowerBound` to the top, valid until the stack next changes.
    subscript(range: PartialRangeFrom<Int>) -> UnsafeBufferPointer<Frame> { storage[range] }

    /// Gives memory back after a deep recursion returned.
    func shrinkIfSparse() { storage.shrinkIfSparse() }

    /// Whether `function` belongs to `module`.
    @inline(__always)
    private static func same(_ module: Unmanaged<ModuleCode>, _ function: Unmanaged<FunctionCode>) -> Bool {
        module.toOpaque() == function._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.module).toOpaque() }
    }
}
