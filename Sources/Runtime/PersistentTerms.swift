import Terms

/// The store of `:persistent_term`: a key's term, readable by every process, kept until it is
/// erased or the runtime ends. A value type, so a checkpoint keeps the store as it was.
public struct PersistentTerms {
    private var values: [Term: Term] = [:]
    private var order: [Term] = []

    /// The term stored under `key`.
    public func value(forKey key: Term) -> Term? { values[key] }

    /// Stores `value` under `key`, in place of any term there.
    public mutating func put(_ value: Term, forKey key: Term) {
        if values.updateValue(value, forKey: key) == nil { order.append(key) }
    }

    /// Removes the term of `key`; whether there was one.
    public mutating func erase(_ key: Term) -> Bool {
        guard values.removeValue(forKey: key) != nil else { return false }
        order.removeAll { $0 == key }
        return true
    }

    /// Every `(key, value)`, in the order the keys were first put.
    public var entries: [(key: Term, value: Term)] { order.compactMap { key in values[key].map { (key, $0) } } }

    /// How many terms are stored.
    public var count: Int { values.count }
}

/// `:persistent_term`'s calls. Each offers a preemption under an explored schedule: the store
/// is state processes share.
extension Runtime {
    /// The term stored under `key` (`:persistent_term.get/1,2`).
    public func persistentTerm(forKey key: Term) -> Term? {
        if steering != nil { offerPreemption() }
        return persistentTerms.value(forKey: key)
    }

    /// Stores `value` under `key` (`:persistent_term.put/2`).
    public func putPersistentTerm(_ value: Term, forKey key: Term) {
        if steering != nil { offerPreemption() }
        persistentTerms.put(value, forKey: key)
    }

    /// Erases the term of `key`; whether there was one (`:persistent_term.erase/1`).
    public func erasePersistentTerm(_ key: Term) -> Bool {
        if steering != nil { offerPreemption() }
        return persistentTerms.erase(key)
    }

    /// Every stored term with its key (`:persistent_term.get/0`).
    public var persistentTermEntries: [(key: Term, value: Term)] { persistentTerms.entries }

    /// How many terms are stored.
    public var persistentTermCount: Int { persistentTerms.count }
}
