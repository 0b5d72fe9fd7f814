import Terms

/// `Process.info/2` was asked for an item the runtime does not know (Elixir: `ArgumentError`).
public struct UnknownInfoItem: Error, Sendable {
    /// The item asked for.
    public let item: Atom
}

extension Runtime {
    /// The items `info(_:)` lists, in Elixir's order (`registered_name` only when there is one).
    static let infoItems = ["registered_name", "status", "message_queue_len", "links", "dictionary",
                            "trap_exit", "priority", "reductions"].map(Atom.init)

    /// `Process.info(pid)`: a keyword list of the process's state, or `nil` for a dead pid.
    public func info(_ pid: Pid) -> Term {
        guard let process = table.lookup(pid) else { return .nil }
        let pairs = Runtime.infoItems.compactMap { item -> Term? in
            if item == Atom("registered_name"), process.registeredName == nil { return nil }
            return infoValue(of: process, item).map { .tuple(.atom(item), $0) }
        }
        return .list(pairs)
    }

    /// `Process.info(pid, item)`: `{item, value}`, or `nil` for a dead pid.
    public func info(_ pid: Pid, _ item: Atom) throws(UnknownInfoItem) -> Term {
        guard let process = table.lookup(pid) else { return .nil }
        guard let value = infoValue(of: process, item) else { throw UnknownInfoItem(item: item) }
        return .tuple(.atom(item), value)
    }

    private func infoValue(of process: ProcessControlBlock, _ item: Atom) -> Term? {
        switch item.name {
        case "registered_name": return process.registeredName.map(Term.atom) ?? .emptyList
        case "status": return .atom(statusName(of: process))
        case "message_queue_len": return .int(process.mailbox.count)
        case "messages": return .list(process.mailbox.contents)
        case "links": return .list(linkedPids(of: process).map(Term.pid))
        case "dictionary": return .list(process.dictionary.allEntries.map { .tuple($0.key, $0.value) })
        case "trap_exit": return .bool(process.trapsExits)
        case "priority": return .atom("normal")
        case "reductions": return .int(process.reductions)
        case "monitors": return .list(process.watched.map { .tuple(.atom(.process), .pid($0.other)) })
        case "monitored_by": return .list(process.watchers.map { .pid($0.other) })
        default: return nil
        }
    }

    private func statusName(of process: ProcessControlBlock) -> String {
        switch process.state {
        case .running: return "running"
        case .runnable: return "runnable"
        case .waiting, .exited: return "waiting"
        }
    }
}
