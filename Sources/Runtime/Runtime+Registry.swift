import Terms

extension Runtime {
    /// Registers `pid` under `name` (`Process.register/2`).
    public func register(_ pid: Pid, as name: Term) throws(RegistrationError) {
        defer { if steering != nil { offerPreemption() } }
        guard case .atom(let atom) = name, atom != .undefined, atom != .nil else {
            throw .invalidName
        }
        guard let process = table.lookup(pid), process.registeredName == nil, names[atom] == nil else {
            throw .cannotRegister
        }
        names[atom] = pid
        process.registeredName = atom
        notify(.register(pid: pid, name: atom))
    }

    /// Removes the registration of `name` (`Process.unregister/1`).
    public func unregister(_ name: Atom) throws(RegistrationError) {
        guard let pid = names.removeValue(forKey: name) else { throw .notRegistered }
        table.lookup(pid)?.registeredName = nil
    }

    /// The pid registered as `name`, if any (`Process.whereis/1`).
    public func whereis(_ name: Atom) -> Pid? {
        if steering != nil { offerPreemption() }
        return names[name]
    }

    /// Every registered name, in atom-table order (`Process.registered/0`).
    public var registeredNames: [Atom] {
        names.keys.sorted { $0.index < $1.index }
    }
}
