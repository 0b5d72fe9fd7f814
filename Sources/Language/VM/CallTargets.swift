import Synchronization

/// What a remote call `Mod.fun(...)` reaches: a guest function or a builtin.
enum CallTarget {
    /// Not looked up since the program's modules last changed.
    case unresolved
    /// A guest function of a module the program has loaded (kept alive by the program).
    case guest(Unmanaged<FunctionCode>)
    /// A builtin, by its index in `Builtins.table`.
    case builtin(Int32)
}

/// Every remote name compiled in this host process, numbered once: a call site's number
/// indexes a program's `CallTargets` without hashing the name on every call.
final class RemoteNameNumbers: Sendable {
    /// The one per host process.
    static let shared = RemoteNameNumbers()

    private let numbers = Mutex<[RemoteName: Int32]>([:])

    /// The number of `name`, given it the first time it is asked for.
    func number(of name: RemoteName) -> Int32 {
        numbers.withLock { numbers in
            if let number = numbers[name] { return number }
            let number = Int32(numbers.count)
            numbers[name] = number
            return number
        }
    }
}

/// A program's inline cache of remote calls: what each remote name resolved to, by its number.
///
/// Emptied whenever a module is installed (a new version, or a library file loaded on first
/// use), so a call never reaches a replaced version and a cached guest function is always one
/// of the current modules, which the program holds.
struct CallTargets {
    private var targets = ContiguousArray<CallTarget>()

    /// The cached target of the remote name numbered `number`.
    @inline(__always)
    func target(_ number: Int32) -> CallTarget {
        let index = Int(number)
        return index < targets.count ? targets[index] : .unresolved
    }

    /// Remembers what the remote name numbered `number` resolved to.
    mutating func remember(_ target: CallTarget, for number: Int32) {
        let index = Int(number)
        if index >= targets.count { targets.append(contentsOf: repeatElement(.unresolved, count: index + 1 - targets.count)) }
        targets[index] = target
    }

    /// Forgets every target (the program's modules changed).
    mutating func removeAll() {
        targets.removeAll(keepingCapacity: true)
    }
}
