import Language
import Terms
import Testing

/// Each module/function/arity has one builtin: a second registration would silently shadow the first.
@Test func everyBuiltinIsRegisteredOnce() {
    var seen: [RemoteName: Int] = [:]
    for builtin in Builtins.table { seen[builtin.name, default: 0] += 1 }
    let repeated = seen.filter { $0.value > 1 }.map { "\($0.key.module.name).\($0.key.function.name)/\($0.key.arity)" }.sorted()
    #expect(repeated == [])
}
