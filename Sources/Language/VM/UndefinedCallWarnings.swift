import Terms

/// Elixir 1.14's warnings, printed once a script has run without error, about remote calls in
/// its modules to functions that do not exist: `Mod.fun/1 is undefined or private` (with the
/// functions it may have meant), or `... is undefined (module Mod is not available or is yet to
/// be defined)`. Calls to modules that are not available come first, then the rest by the
/// function called, each located at its callers (one warning per calling module, the module
/// defined last first).
struct UndefinedCallWarnings {
    let program: Program
    /// The modules of the file or iex input being checked, found even before they are defined
    /// (iex checks an input's calls before it runs); set by `texts(for:definedIn:)`.
    private var fileModules: [Atom: ModuleCode] = [:]
    /// Where a line of the file is, as warnings print it (`file.exs:3`, `iex:4`).
    let location: (Int) -> String

    /// Warnings about calls checked against `program`, placed by `location`.
    init(program: Program, location: @escaping (Int) -> String) {
        self.program = program
        self.location = location
    }

    /// The warnings about `calls`, made by the functions of `modules`, in Elixir's order; the
    /// calls of a module the file defines more than once are left out (each version saw
    /// another set of functions).
    func texts(for calls: [RemoteCallSite], definedIn modules: [ModuleCode]) -> [String] {
        var check = self
        check.fileModules = Dictionary(modules.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        return check.grouped(calls, definedIn: modules)
    }

    private func grouped(_ calls: [RemoteCallSite], definedIn modules: [ModuleCode]) -> [String] {
        var definitions: [Atom: Int] = [:]
        for module in modules { definitions[module.name, default: 0] += 1 }
        var groups: [GroupKey: [RemoteCallSite]] = [:]
        var callerOrder: [Atom: Int] = [:]
        for call in calls where definitions[call.callerModule, default: 0] < 2 && !defines(call.name) {
            let order = callerOrder[call.callerModule] ?? callerOrder.count
            callerOrder[call.callerModule] = order
            let key = GroupKey(isModuleMissing: !exists(call.name.module), name: call.name, callerOrder: order)
            groups[key, default: []].append(call)
        }
        return groups.keys.sorted().compactMap { key in groups[key].map { text(key, sites: $0) } }
    }

    /// The calls to one function from one module's functions; the modules defined later come first.
    private struct GroupKey: Hashable, Comparable {
        let isModuleMissing: Bool
        let name: RemoteName
        let callerOrder: Int

        static func < (left: GroupKey, right: GroupKey) -> Bool {
            if left.isModuleMissing != right.isModuleMissing { return left.isModuleMissing }
            if left.name.module != right.name.module { return left.name.module.name < right.name.module.name }
            if left.name.function != right.name.function { return left.name.function.name < right.name.function.name }
            if left.name.arity != right.name.arity { return left.name.arity < right.name.arity }
            return left.callerOrder > right.callerOrder
        }
    }

    private func text(_ key: GroupKey, sites: [RemoteCallSite]) -> String {
        let called = "\(Term.atom(key.name.module).inspect()).\(Self.functionText(key.name.function))/\(key.name.arity)"
        let message =
            key.isModuleMissing
            ? "\(called) is undefined (module \(Term.atom(key.name.module).inspect()) is not available or is yet to be defined)"
            : "\(called) is undefined or private" + suggestions(for: key.name)
        let places = sites.map { "\(location($0.line)): \($0.caller)" }
        if places.count == 1 { return "warning: \(message)\n  \(places[0])\n\n" }
        return "warning: \(message)\nInvalid call found at \(places.count) locations:\n" + places.map { "  \($0)\n" }.joined() + "\n"
    }

    /// `. Did you mean:` and the module's functions of that name, or of a close one (Jaro
    /// distance at least 0.77, the five closest), as `UndefinedFunctionError` suggests them.
    private func suggestions(for name: RemoteName) -> String {
        let exports = self.exports(of: name.module)
        let sameName = exports.filter { $0.name == name.function }
        let close: [FunctionKey]
        if sameName.isEmpty {
            let wanted = Array(name.function.name)
            let scored = exports.map { ($0, StringSimilarity.jaro(wanted, Array($0.name.name))) }.filter { $0.1 >= 0.77 }
            close = scored.sorted { $0.1 > $1.1 }.prefix(5).map(\.0)
        } else {
            close = sameName
        }
        guard !close.isEmpty else { return "" }
        let sorted = close.sorted { ($0.name.name, $0.arity) < ($1.name.name, $1.arity) }
        return ". Did you mean:\n\n" + sorted.map { "      * \(Self.functionText($0.name))/\($0.arity)\n" }.joined()
    }

    /// A function's name as a remote call writes it (`map`, `"test adds"`).
    private static func functionText(_ name: Atom) -> String {
        let inspected = Term.atom(name).inspect()
        return inspected.hasPrefix(":") ? String(inspected.dropFirst()) : inspected
    }

    private func module(_ name: Atom) -> ModuleCode? {
        program.module(name) ?? fileModules[name]
    }

    private func defines(_ name: RemoteName) -> Bool {
        module(name.module)?.exported(name.function, arity: name.arity) != nil || Builtins.index(of: name) != nil
    }

    private func exists(_ name: Atom) -> Bool {
        module(name) != nil || Builtins.table.contains { $0.name.module == name }
    }

    private func exports(of name: Atom) -> [FunctionKey] {
        let guest = module(name).map { Array($0.exports.keys) } ?? []
        let builtins = Builtins.table.filter { $0.name.module == name }.map { FunctionKey(name: $0.name.function, arity: $0.name.arity) }
        return Array(Set(guest + builtins))
    }
}
