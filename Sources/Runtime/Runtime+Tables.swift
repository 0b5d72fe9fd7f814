import Terms

/// Why a table operation was refused, as ETS says it.
public enum TableError: Error, Equatable {
    /// The name or reference is of no table alive.
    case missing
    /// The table is private (or protected, for a write) and the caller is not its owner.
    case insufficientAccess
    /// A named table already has this name.
    case nameTaken
    /// The caller does not own the table it gives away.
    case notOwner
}

extension Runtime {
    /// Makes a table owned by `owner` (`:ets.new/2`).
    public func newTable(
        name: Atom, isNamed: Bool, kind: TermTable.Kind, keyPosition: Int, access: TermTable.Access,
        heir: (pid: Pid, data: Term)?, owner: Pid
    ) throws(TableError) -> TermTable {
        if isNamed, tableNames[name] != nil { throw .nameTaken }
        let table = TermTable(
            id: makeRef(), name: name, isNamed: isNamed, kind: kind, keyPosition: keyPosition, access: access, owner: owner, heir: heir)
        tables[table.id] = table
        if isNamed { tableNames[name] = table.id }
        return table
    }

    /// The table `handle` (a name or a reference) names, if `caller` may read it, or write it
    /// when `writing`. Offers a preemption under an explored schedule: a table is shared state.
    public func table(_ handle: Term, for caller: Pid, writing: Bool) throws(TableError) -> TermTable {
        if steering != nil { offerPreemption() }
        guard let table = liveTable(handle) else { throw .missing }
        guard table.owner == caller || table.access == .public || (table.access == .protected && !writing) else {
            throw .insufficientAccess
        }
        return table
    }

    /// The table `handle` names, whoever asks (`:ets.info/1`).
    public func liveTable(_ handle: Term) -> TermTable? {
        switch handle {
        case .ref(let ref): return tables[ref]
        case .atom(let name): return tableNames[name].flatMap { tables[$0] }
        default: return nil
        }
    }

    /// The reference of the table named `name` (`:ets.whereis/1`).
    public func tableReference(named name: Atom) -> Ref? { tableNames[name] }

    /// Every table alive, in the order they were made (`:ets.all/0`).
    public var allTables: [TermTable] { tables.values.sorted { $0.id < $1.id } }

    /// Deletes `table` (`:ets.delete/1`).
    public func deleteTable(_ table: TermTable) {
        tables[table.id] = nil
        if table.isNamed { tableNames[table.name] = nil }
        table.removeAll()
    }

    /// Gives `table` another name (`:ets.rename/2`).
    public func rename(_ table: TermTable, to name: Atom) throws(TableError) {
        guard table.isNamed else {
            table.name = name
            return
        }
        guard tableNames[name] == nil || name == table.name else { throw .nameTaken }
        tableNames[table.name] = nil
        tableNames[name] = table.id
        table.name = name
    }

    /// Makes `pid` the owner of `table` and tells it with `{:"ETS-TRANSFER", table, from, data}`
    /// (`:ets.give_away/3`).
    public func giveAway(_ table: TermTable, to pid: Pid, data: Term, from caller: Pid) throws(TableError) {
        guard table.owner == caller else { throw .notOwner }
        table.owner = pid
        send(.tuple(.atom("ETS-TRANSFER"), table.handle, .pid(caller), data), to: pid, from: caller)
    }

    /// Hands the tables `process` owned to their heirs, or deletes them, as it exits.
    func releaseTables(ownedBy process: ProcessControlBlock) {
        let owned = tables.values.filter { $0.owner == process.pid }.sorted { $0.id < $1.id }
        for table in owned {
            if let heir = table.heir, heir.pid != process.pid, isAlive(heir.pid) {
                table.owner = heir.pid
                send(.tuple(.atom("ETS-TRANSFER"), table.handle, .pid(process.pid), heir.data), to: heir.pid, from: process.pid)
            } else {
                deleteTable(table)
            }
        }
    }

    /// Deletes the tables made since a checkpoint whose reference number was `refNumber`.
    func deleteTables(madeFrom refNumber: UInt64) {
        for table in tables.values where table.id.number >= refNumber { deleteTable(table) }
    }
}
