import Synchronization

/// An interned Elixir atom: a small index into the process-wide atom table.
///
/// Atoms are shared by every runtime in the program (as in the BEAM, where the
/// atom table belongs to the node); copying one costs nothing.
public struct Atom: Hashable, Sendable {
    /// The atom's position in the atom table.
    public let index: UInt32

    /// Interns `name` and returns its atom.
    public init(_ name: String) {
        self.index = AtomTable.shared.intern(name)
    }

    private init(index: UInt32) { self.index = index }

    /// The atom named `name` if it already exists, without creating it (`String.to_existing_atom`).
    public static func existing(_ name: String) -> Atom? {
        AtomTable.shared.existingIndex(name).map { Atom(index: $0) }
    }

    /// The atom's text, without the leading colon (`ok` for `:ok`).
    public var name: String { AtomTable.shared.name(of: index) }

    public static let `true` = Atom("true")
    public static let `false` = Atom("false")
    public static let `nil` = Atom("nil")
    public static let ok = Atom("ok")
    public static let error = Atom("error")
    public static let normal = Atom("normal")
    public static let kill = Atom("kill")
    public static let killed = Atom("killed")
    public static let noproc = Atom("noproc")
    public static let timeout = Atom("timeout")
    public static let undefined = Atom("undefined")
    public static let infinity = Atom("infinity")
    public static let exit = Atom("EXIT")
    public static let down = Atom("DOWN")
    public static let process = Atom("process")
    public static let structKey = Atom("__struct__")
}

/// The table that maps atom names to indices and back, safe to use from any thread.
final class AtomTable: Sendable {
    static let shared = AtomTable()

    private struct Storage {
        var names: [String] = []
        var indices: [String: UInt32] = [:]
    }

    private let storage = Mutex(Storage())

    func intern(_ name: String) -> UInt32 {
        storage.withLock { table in
            if let index = table.indices[name] { return index }
            let index = UInt32(table.names.count)
            table.names.append(name)
            table.indices[name] = index
            return index
        }
    }

    func existingIndex(_ name: String) -> UInt32? {
        storage.withLock { $0.indices[name] }
    }

    func name(of index: UInt32) -> String {
        storage.withLock { $0.names[Int(index)] }
    }

    /// How many atoms exist (the BEAM's `:erlang.system_info(:atom_count)`).
    var count: Int { storage.withLock { $0.names.count } }
}
