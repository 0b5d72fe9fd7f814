import Terms

/// One ETS table (`:ets.new/2`): its options, its owner and its objects.
///
/// A table lives in its runtime, apart from every process; its objects are immutable terms,
/// shared with the processes that insert and look them up as a message is.
public final class TermTable {
    /// How a table groups its objects by key.
    public enum Kind: String, Sendable {
        case set, orderedSet = "ordered_set", bag, duplicateBag = "duplicate_bag"
    }

    /// Which processes may read and write a table besides its owner.
    public enum Access: String, Sendable {
        /// Every process reads and writes.
        case `public`
        /// Every process reads; only the owner writes.
        case protected
        /// Only the owner reads and writes.
        case `private`
    }

    private enum Objects {
        case hashed(HashedObjects)
        case ordered(OrderedObjects)
        case moving
    }

    /// The table's reference, what `:ets.new/2` returns for a table without a name.
    public let id: Ref
    /// The table's name (a named table is reached by it).
    public internal(set) var name: Atom
    /// Whether the table is reached by its name (`:named_table`).
    public let isNamed: Bool
    /// How the table groups objects by key.
    public let kind: Kind
    /// The tuple position of each object's key, counted from one (`{:keypos, n}`).
    public let keyPosition: Int
    /// Who may read and write it besides its owner.
    public let access: Access
    /// The process that owns the table: the table is deleted when it exits (or given to the heir).
    public internal(set) var owner: Pid
    /// The process the table goes to when its owner exits, and the data sent with it.
    public internal(set) var heir: (pid: Pid, data: Term)?
    private var objects: Objects

    init(id: Ref, name: Atom, isNamed: Bool, kind: Kind, keyPosition: Int, access: Access, owner: Pid, heir: (pid: Pid, data: Term)?) {
        self.id = id
        self.name = name
        self.isNamed = isNamed
        self.kind = kind
        self.keyPosition = keyPosition
        self.access = access
        self.owner = owner
        self.heir = heir
        objects = kind == .orderedSet ? .ordered(OrderedObjects(keyIndex: keyPosition - 1)) : .hashed(HashedObjects())
    }

    /// What names the table in calls: its name when named, else its reference.
    public var handle: Term { isNamed ? .atom(name) : .ref(id) }

    /// How many objects it holds.
    public var count: Int {
        switch objects {
        case .hashed(let hashed): return hashed.count
        case .ordered(let ordered): return ordered.count
        case .moving: return 0
        }
    }

    /// The key of `object`, a tuple of at least `keyPosition` elements.
    public func key(of object: Term) -> Term? {
        guard case .tuple(let box) = object, box.elements.count >= keyPosition else { return nil }
        return box.elements[keyPosition - 1]
    }

    /// The objects whose key is `key` (at most one in a set).
    public func lookup(_ key: Term) -> [Term] {
        switch objects {
        case .hashed(let hashed): return hashed.objects(forKey: key)
        case .ordered(let ordered): return ordered.object(forKey: key).map { [$0] } ?? []
        case .moving: return []
        }
    }

    /// Whether an object has the key `key`.
    public func contains(_ key: Term) -> Bool {
        switch objects {
        case .hashed(let hashed): return hashed.contains(key: key)
        case .ordered(let ordered): return ordered.object(forKey: key) != nil
        case .moving: return false
        }
    }

    /// Inserts objects whose keys were checked (`key(of:)` is not nil for each).
    public func insert(_ inserted: [Term]) {
        let kind = self.kind
        for object in inserted {
            guard let key = key(of: object) else { continue }
            modify { hashed in hashed.insert(object, key: key, kind: kind) } ordered: { ordered in ordered.insert(object, key: key) }
        }
    }

    /// Deletes every object of `key` and returns them.
    @discardableResult
    public func remove(_ key: Term) -> [Term] {
        var removed: [Term] = []
        modify { hashed in removed = hashed.remove(key: key) } ordered: { ordered in removed = ordered.remove(key: key).map { [$0] } ?? [] }
        return removed
    }

    /// Deletes the objects identical to `object`.
    public func remove(object: Term) {
        guard let key = key(of: object) else { return }
        modify { hashed in hashed.remove(object: object, key: key) } ordered: { ordered in
            if ordered.object(forKey: key) == object { ordered.remove(key: key) }
        }
    }

    /// Puts `object` in place of the one object of its key, or adds it (an update in a set).
    public func replaceOrInsert(_ object: Term) {
        guard let key = key(of: object) else { return }
        modify { hashed in
            if hashed.contains(key: key) { hashed.replace(key: key, with: [object]) } else { hashed.insert(object, key: key, kind: .set) }
        } ordered: { ordered in ordered.insert(object, key: key) }
    }

    /// Deletes every object.
    public func removeAll() {
        modify { hashed in hashed.removeAll() } ordered: { ordered in ordered.removeAll() }
    }

    /// Every object, in the table's order (key order for an ordered set, else first insertion).
    public var allObjects: [Term] {
        switch objects {
        case .hashed(let hashed): return hashed.allObjects
        case .ordered(let ordered): return ordered.allObjects
        case .moving: return []
        }
    }

    /// The first key in the table's order, nil when it is empty.
    public var firstKey: Term? {
        switch objects {
        case .hashed(let hashed): return hashed.firstKey
        case .ordered(let ordered): return ordered.firstKey
        case .moving: return nil
        }
    }

    /// The last key in key order for an ordered set; for other tables the first, as ETS says.
    public var lastKey: Term? {
        if case .ordered(let ordered) = objects { return ordered.lastKey }
        return firstKey
    }

    /// The key after `key` (nil at the end); `.none` when the table is not ordered and `key` is
    /// not in it, which ETS refuses.
    public func key(after key: Term) -> Term?? {
        switch objects {
        case .hashed(let hashed): return hashed.key(after: key)
        case .ordered(let ordered): return .some(ordered.key(after: key))
        case .moving: return .none
        }
    }

    /// The key before `key` in an ordered set; for other tables the key after it, as ETS says.
    public func key(before key: Term) -> Term?? {
        if case .ordered(let ordered) = objects { return .some(ordered.key(before: key)) }
        return self.key(after: key)
    }

    /// Changes the objects in place: the storage is moved out first, so it is not copied.
    private func modify(_ hashedChange: (inout HashedObjects) -> Void, ordered orderedChange: (inout OrderedObjects) -> Void) {
        switch objects {
        case .hashed(var hashed):
            objects = .moving
            hashedChange(&hashed)
            objects = .hashed(hashed)
        case .ordered(var ordered):
            objects = .moving
            orderedChange(&ordered)
            objects = .ordered(ordered)
        case .moving:
            break
        }
    }
}
