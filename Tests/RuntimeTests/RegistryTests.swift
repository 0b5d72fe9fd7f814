@testable import Runtime
import Terms
import Testing

@Suite struct RegistryTests {
    @Test func registerWhereisAndSendByName() throws {
        let (runtime, _) = Runtime.forTesting()
        let log = Log()
        let worker = runtime.start(.take { log.append($1) })
        try runtime.register(worker, as: .atom("worker"))
        #expect(runtime.whereis(Atom("worker")) == worker)
        #expect(runtime.whereis(Atom("nobody")) == nil)
        runtime.start(.run { process in
            log.append(.bool(process.send(.atom("hello"), toName: Atom("worker"))))
            log.append(.bool(process.send(.atom("hello"), toName: Atom("nobody"))))
        })
        _ = runtime.run()
        #expect(same(log.entries, [.true, .false, .atom("hello")]))
    }

    @Test func aTakenNameCannotBeRegisteredAgain() throws {
        let (runtime, _) = Runtime.forTesting()
        let first = runtime.start(.take())
        let second = runtime.start(.take())
        try runtime.register(first, as: .atom("worker"))
        #expect(throws: RegistrationError.cannotRegister) { try runtime.register(second, as: .atom("worker")) }
    }

    @Test func aProcessCannotHaveTwoNames() throws {
        let (runtime, _) = Runtime.forTesting()
        let worker = runtime.start(.take())
        try runtime.register(worker, as: .atom("worker"))
        #expect(throws: RegistrationError.cannotRegister) { try runtime.register(worker, as: .atom("other")) }
    }

    @Test func aDeadProcessCannotBeRegistered() {
        let (runtime, _) = Runtime.forTesting()
        let dead = runtime.start()
        _ = runtime.run()
        #expect(throws: RegistrationError.cannotRegister) { try runtime.register(dead, as: .atom("dead")) }
    }

    @Test func theNameMustBeAnAtomOtherThanUndefinedOrNil() {
        let (runtime, _) = Runtime.forTesting()
        let worker = runtime.start(.take())
        #expect(throws: RegistrationError.invalidName) { try runtime.register(worker, as: .string("x")) }
        #expect(throws: RegistrationError.invalidName) { try runtime.register(worker, as: .atom("undefined")) }
        #expect(throws: RegistrationError.invalidName) { try runtime.register(worker, as: .nil) }
    }

    @Test func unregisterFreesTheNameAndFailsForAnUnknownOne() throws {
        let (runtime, _) = Runtime.forTesting()
        let worker = runtime.start(.take())
        try runtime.register(worker, as: .atom("worker"))
        try runtime.unregister(Atom("worker"))
        #expect(runtime.whereis(Atom("worker")) == nil)
        #expect(throws: RegistrationError.notRegistered) { try runtime.unregister(Atom("worker")) }
        try runtime.register(worker, as: .atom("again"))
        #expect(runtime.registeredNames == [Atom("again")])
    }

    @Test func aNameIsFreedWhenItsProcessExits() throws {
        let (runtime, _) = Runtime.forTesting()
        let worker = runtime.start(.take())
        try runtime.register(worker, as: .atom("worker"))
        runtime.send(.ok, to: worker)
        _ = runtime.run()
        #expect(runtime.whereis(Atom("worker")) == nil)
        let successor = runtime.start(.take())
        try runtime.register(successor, as: .atom("worker"))
        #expect(runtime.whereis(Atom("worker")) == successor)
    }

    /// Recorded from Elixir 1.14: `Process.register(pid, :other)` for a pid already named.
    @Test func theCannotRegisterMessageIsElixirs() {
        let message = RegistrationError.cannotRegisterMessage(pid: Pid(serial: 99), name: Atom("other"))
        #expect(message == "could not register #PID<0.99.0> with name :other because it is not alive, "
            + "the name is already taken, or it has already been given another name")
    }
}
