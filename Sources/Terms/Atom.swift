import Synchronization

/// An interned Elixir atom: a small index into the process-wide atom table.
///
/// Atoms are shared by every runtime in the program (as in the BEAM, where the
/// atom table belongs to the node); copying one costs nothing.
public struct Atom: Hashable, Sendable {
    /// The atom's position in the atom table.
    public let index: UInt32

    /// Interns `name` and returns its atom. For names the program itself
    /// chooses; names that come from guest code go through `Atom.guest(_:)`.
    public init(_ name: String) {
        self.index = AtomTable.shared.internProgramAtom(name)
    }

    @usableFromInline init(index: UInt32) { self.index = index }

    /// The atom for a name guest code asks for (`String.to_atom/1`), or nil when
    /// it would be a new atom beyond the BEAM's limit of 1,048,576 atoms (the
    /// language raises `SystemLimitError`).
    public static func guest(_ name: String) -> Atom? {
        AtomTable.shared.intern(name, limit: AtomTable.guestLimit).map { Atom(index: $0) }
    }

    /// The atom with this name if it already exists (`String.to_existing_atom/1`).
    public static func existing(_ name: String) -> Atom? {
        AtomTable.shared.lookup(name).map { Atom(index: $0) }
    }

    /// How many atoms exist (`:erlang.system_info(:atom_count)`).
    public static var count: Int { AtomTable.shared.count }

    /// The atom's text, without the leading colon (`ok` for `:ok`).
    public var name: String { AtomTable.shared.name(of: index) }

    // The atoms the program names itself sit at fixed places among the boot atoms (`AtomTable.bootAtoms`),
    // so using one costs no lazy initialization on the VM's hot paths.
    /// `:true`.
    @inlinable public static var `true`: Atom { Atom(index: 0) }
    /// `:false`.
    @inlinable public static var `false`: Atom { Atom(index: 1) }
    /// `:nil`.
    @inlinable public static var `nil`: Atom { Atom(index: 2) }
    /// `:ok`.
    @inlinable public static var ok: Atom { Atom(index: 3) }
    /// `:error`.
    @inlinable public static var error: Atom { Atom(index: 4) }
    /// `:normal`.
    @inlinable public static var normal: Atom { Atom(index: 5) }
    /// `:kill`.
    @inlinable public static var kill: Atom { Atom(index: 6) }
    /// `:killed`.
    @inlinable public static var killed: Atom { Atom(index: 7) }
    /// `:noproc`.
    @inlinable public static var noproc: Atom { Atom(index: 8) }
    /// `:timeout`.
    @inlinable public static var timeout: Atom { Atom(index: 10) }
    /// `:undefined`.
    @inlinable public static var undefined: Atom { Atom(index: 11) }
    /// `:infinity`.
    @inlinable public static var infinity: Atom { Atom(index: 12) }
    /// `:EXIT`.
    @inlinable public static var exit: Atom { Atom(index: 13) }
    /// `:DOWN`.
    @inlinable public static var down: Atom { Atom(index: 14) }
    /// `:process`.
    @inlinable public static var process: Atom { Atom(index: 15) }
    /// `:__struct__`.
    @inlinable public static var structKey: Atom { Atom(index: 17) }
}

/// The table that maps atom names to indices and back, safe to use from any thread.
///
/// Names live in fixed pages that are written once, under the lock, before
/// their index is handed out; a thread holding an atom has therefore seen its
/// name written (it interned the atom itself or received it through some
/// synchronization), so reading a name needs no lock.
final class AtomTable: @unchecked Sendable {
    static let shared = AtomTable()

    /// Atoms per page.
    private static let pageSize = 1024
    /// The BEAM's atom limit, which guest code may not go beyond.
    static let guestLimit = 1_048_576
    /// Room for the program's own atoms past the guest limit.
    static let capacity = guestLimit + 64 * pageSize

    private let pages: UnsafeMutablePointer<UnsafeMutablePointer<String>?>
    private let indices = Mutex<[String: UInt32]>([:])
    private let written = Atomic<Int>(0)

    private init() {
        let pageCount = AtomTable.capacity / AtomTable.pageSize
        pages = .allocate(capacity: pageCount)
        pages.initialize(repeating: nil, count: pageCount)
        for name in AtomTable.bootAtoms { _ = internProgramAtom(name) }
    }

    /// Atoms that exist from the start in the BEAM, so `String.to_existing_atom("ok")` finds them
    /// whether or not the program has used them yet. `Atom.true` and the other named atoms are
    /// their indices here: keep the order.
    static let bootAtoms = """
        true false nil ok error normal kill killed noproc noconnection timeout undefined infinity \
        EXIT DOWN process port __struct__ __exception__ message shutdown badarg badarith badmatch \
        function_clause case_clause cond_clause try_clause with_clause badfun badarity badkey badmap \
        undef system_limit throw exit nocatch utf8 latin1 unicode all none name trap_exit link monitor \
        reason value key info debug notice warning alert critical emergency label state reply noreply \
        stop ignore continue hibernate cast call get put update delete first last high low self node
        """.split(separator: " ").map(String.init)

    /// The index of `name`, interning it if there is room below `limit`.
    func intern(_ name: String, limit: Int) -> UInt32? {
        indices.withLock { table in
            if let index = table[name] { return index }
            let count = table.count
            guard count < limit else { return nil }
            store(name, at: count)
            table[name] = UInt32(count)
            written.store(count + 1, ordering: .releasing)
            return UInt32(count)
        }
    }

    /// The index of `name`, interning it; the program's own atoms always fit
    /// (guest atoms stop at `guestLimit`, leaving the rest of the table to the program).
    func internProgramAtom(_ name: String) -> UInt32 {
        guard let index = intern(name, limit: AtomTable.capacity) else {
            preconditionFailure("atom table full: \(AtomTable.capacity) atoms")
        }
        return index
    }

    /// The index of `name` if it is already an atom.
    func lookup(_ name: String) -> UInt32? {
        indices.withLock { $0[name] }
    }

    /// The name of the atom at `index`.
    func name(of index: UInt32) -> String {
        let position = Int(index)
        guard let page = pages[position / AtomTable.pageSize] else { return "" }
        return page[position % AtomTable.pageSize]
    }

    /// How many atoms exist.
    var count: Int { written.load(ordering: .acquiring) }

    /// Writes a name into its slot, allocating the page first if needed.
    private func store(_ name: String, at position: Int) {
        let pageIndex = position / AtomTable.pageSize
        let page = pages[pageIndex] ?? .allocate(capacity: AtomTable.pageSize)
        pages[pageIndex] = page
        page.advanced(by: position % AtomTable.pageSize).initialize(to: name)
    }
}
