import Terms

/// One compiled function: its instructions, constants and the locals it needs.
///
/// A named function holds all its clauses; an anonymous `fn` is a function of
/// its module too, whose captured variables land in `captureSlots` on each call.
public final class FunctionCode {
    /// The function's name (`loop`, or `-fun-3-` for an anonymous function).
    public let name: String
    /// How many arguments it takes.
    public let arity: Int
    /// The module the function belongs to.
    public unowned(unsafe) let module: ModuleCode
    /// The instructions.
    @exclusivity(unchecked) public internal(set) var instructions: [Instruction] = []
    /// The line of the function's first `def` (0 for anonymous functions).
    public internal(set) var definitionLine = 0
    /// The source line of each instruction.
    @exclusivity(unchecked) public internal(set) var lines: [Int32] = []
    /// The constants instructions refer to by index.
    @exclusivity(unchecked) public internal(set) var constants: [Term] = []
    /// Remote function names instructions refer to by index.
    @exclusivity(unchecked) public internal(set) var remoteNames: [RemoteName] = []
    /// How many local slots a call needs (arguments first).
    @exclusivity(unchecked) public internal(set) var localCount: Int
    /// Where each captured value goes when a closure of this function is called.
    @exclusivity(unchecked) public internal(set) var captureSlots: [Int32] = []
    /// The receives this function can wait in, by the index of their `receiveWait` instruction.
    var receiveSites: [Int: ReceiveSite] = [:]
    /// Whether this is an anonymous function.
    public let isAnonymous: Bool
    /// The function this anonymous function captures whole (`&String.upcase/1`), whose
    /// values are external functions: shown by name, equal to every capture of the same.
    public internal(set) var external: ExternalFunction?

    /// The instructions as a fixed buffer for the VM's loop (made by `freeze()`).
    @exclusivity(unchecked) private(set) var instructionBuffer = UnsafeMutableBufferPointer<Instruction>(start: nil, count: 0)
    /// The constants as a fixed buffer for the VM's loop (made by `freeze()`).
    @exclusivity(unchecked) private(set) var constantBuffer = UnsafeMutableBufferPointer<Term>(start: nil, count: 0)
    /// `captureSlots` as a fixed buffer for the VM's closure calls (made by `freeze()`).
    @exclusivity(unchecked) private(set) var captureSlotBuffer = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    /// The process-wide number of each remote name, by the name's index (made by `freeze()`).
    @exclusivity(unchecked) private(set) var remoteNumbers = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)

    init(name: String, arity: Int, module: ModuleCode, isAnonymous: Bool) {
        self.name = name
        self.arity = arity
        self.module = module
        self.localCount = arity
        self.isAnonymous = isAnonymous
    }

    /// Copies the finished instructions and constants into the buffers the VM reads
    /// (no reference counting per instruction); the function must not change afterwards.
    func freeze() {
        instructionBuffer = Self.buffer(of: instructions, replacing: instructionBuffer)
        constantBuffer = Self.buffer(of: constants, replacing: constantBuffer)
        captureSlotBuffer = Self.buffer(of: captureSlots, replacing: captureSlotBuffer)
        remoteNumbers = Self.buffer(of: remoteNames.map { RemoteNameNumbers.shared.number(of: $0) }, replacing: remoteNumbers)
    }

    private static func buffer<Element>(of elements: [Element], replacing old: UnsafeMutableBufferPointer<Element>) -> UnsafeMutableBufferPointer<Element> {
        if old.baseAddress != nil {
            old.deinitialize()
            old.deallocate()
        }
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(elements.count, 1))
        _ = buffer.initialize(from: elements)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<elements.count])
    }

    deinit {
        instructionBuffer.deinitialize()
        instructionBuffer.deallocate()
        constantBuffer.deinitialize()
        constantBuffer.deallocate()
        captureSlotBuffer.deallocate()
        remoteNumbers.deallocate()
    }

    /// Whether the function only hands its arguments on to a remote function or a builtin
    /// (`&Mod.fun/2`): its function values outlive a purge of its module, as the BEAM's external funs do.
    var onlyCallsOut: Bool {
        guard captureSlots.isEmpty else { return false }
        for instruction in instructions {
            switch instruction {
            case .pushLocal: continue
            case .tailCallRemote, .callBuiltin, .send: return true
            default: return false
            }
        }
        return false
    }

    /// The source line of the instruction at `index`.
    public func line(at index: Int) -> Int {
        lines.indices.contains(index) ? Int(lines[index]) : 0
    }
}

/// A compiled module: its functions, by index, and the public ones by name and arity.
public final class ModuleCode {
    /// The module's atom (`Elixir.Counter`).
    public let name: Atom
    /// The file the module was compiled from.
    public let file: String
    /// Whether the module is the standard library's (compiled from one of its files).
    public let isLibrary: Bool
    /// Every function, named and anonymous.
    @exclusivity(unchecked) public internal(set) var functions: [FunctionCode] = []
    /// Public functions by name and arity.
    public internal(set) var exports: [FunctionKey: Int] = [:]
    /// Every named function (public or private) by name and arity.
    var definitions: [FunctionKey: Int] = [:]
    /// The struct's fields and defaults, when the module defines a struct.
    public internal(set) var structFields: [(key: Atom, value: Term)]?
    /// Whether the module defines an exception.
    public internal(set) var isException = false
    /// The ExUnit tests the module defines (`use ExUnit.Case`), in definition order.
    public internal(set) var tests: [TestDefinition] = []
    /// The names of the module's `setup` functions, in definition order.
    public internal(set) var setups: [Atom] = []
    /// The names of the module's `setup_all` functions, in definition order.
    public internal(set) var setupAlls: [Atom] = []
    /// Whether the module said `use ExUnit.Case`.
    public internal(set) var isTestCase = false
    /// The line of its `defmodule` (ExUnit's callbacks are called from a function said to be there).
    public internal(set) var line = 0
    /// What its `defmodule` evaluates to: `{:module, Name, <<...>>, last}`.
    public internal(set) var definitionValue = Term.nil
    /// Set when a third version of the module was loaded: its function values can no longer be called.
    var isPurged = false
    /// The compiler's warnings about the module, printed when the script defines it.
    public internal(set) var warnings: [String] = []

    init(name: Atom, file: String, isLibrary: Bool = false) {
        self.name = name
        self.file = file
        self.isLibrary = isLibrary
    }

    /// The functions by index for the VM's calls, without reference counting (made by `freeze()`).
    @exclusivity(unchecked) private(set) var functionTable = UnsafeMutableBufferPointer<Unmanaged<FunctionCode>>(start: nil, count: 0)

    /// Freezes every function of the module for the VM (see `FunctionCode.freeze`).
    func freeze() {
        for function in functions { function.freeze() }
        functionTable.deallocate()
        functionTable = .allocate(capacity: functions.count)
        _ = functionTable.initialize(from: functions.map { Unmanaged.passUnretained($0) })
    }

    deinit {
        functionTable.deallocate()
    }

    /// The public function `name/arity`, if the module exports it.
    public func exported(_ name: Atom, arity: Int) -> FunctionCode? {
        exports[FunctionKey(name: name, arity: arity)].map { functions[$0] }
    }
}

/// A function's name and arity (`loop/1`).
public struct FunctionKey: Hashable, Sendable {
    /// The function's name.
    public let name: Atom
    /// How many arguments it takes.
    public let arity: Int

    /// Makes the key `name/arity`.
    public init(name: Atom, arity: Int) {
        self.name = name
        self.arity = arity
    }
}

/// One ExUnit test: its full name (with its `describe` prefix), its function and line.
public struct TestDefinition: Sendable {
    /// `group inner`: the describe block's name and the test's.
    public let name: String
    /// The function holding the test's body (`:"test group inner"/1`).
    public let function: Atom
    /// The line of `test "..." do`.
    public let line: Int
    /// The test's tags from `@moduletag`, `@describetag` and `@tag`, later ones winning (`timeout: 100`, `slow: true`).
    public let tags: [(key: Atom, value: Term)]

    /// Whether `@tag :skip` (or `skip: "reason"`) asks ExUnit not to run the test.
    public var isSkipped: Bool {
        guard let value = tags.last(where: { $0.key == Atom("skip") })?.value else { return false }
        return !value.isFalsy
    }

    /// What `@tag timeout:` (or `@describetag`/`@moduletag`) asks for: nil for the default,
    /// `.infinity` for `:infinity`, else milliseconds.
    public var timeout: TestTimeout? {
        switch tags.last(where: { $0.key == Atom("timeout") })?.value {
        case .int(let milliseconds)?: return .milliseconds(max(milliseconds, 0))
        case .atom(let atom)? where atom.name == "infinity": return .infinity
        default: return nil
        }
    }
}

/// How long a test may run, as `@tag timeout:` gives it.
public enum TestTimeout: Sendable, Equatable {
    /// This many milliseconds of the runtime's clock.
    case milliseconds(Int)
    /// No limit (`:infinity`).
    case infinity
}
