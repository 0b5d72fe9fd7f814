import Terms
import Testing
@testable import Language

@Suite struct ExUnitOptionsTests {
    private static func options(_ pairs: [(String, Term)]) -> Result<ExUnitOptions, ExUnitOptions.UnsupportedOption> {
        ExUnitOptions.parse(.list(pairs.map { .tuple(.atom(Atom($0.0)), $0.1) }))
    }

    @Test func seedTimeoutAndFiltersAreRead() throws {
        let read = try Self.options([
            ("seed", .int(7)), ("timeout", .int(50)), ("exclude", .list([.atom("slow")])),
            ("include", .list([.tuple(.atom("area"), .string("local"))])),
        ]).get()
        #expect(read.seed == 7)
        #expect(read.timeoutMilliseconds == 50)
        let slow: [(key: Atom, value: Term)] = [(Atom("slow"), .true)]
        let local: [(key: Atom, value: Term)] = [(Atom("slow"), .true), (Atom("area"), .string("local"))]
        #expect(read.excludes(slow))
        #expect(!read.excludes(local))
        #expect(!read.excludes([]))
    }

    @Test func anOptionProctorCannotHonourIsNamed() {
        guard case .failure(let unsupported) = Self.options([("max_failures", .int(1))]) else {
            Issue.record("max_failures was accepted")
            return
        }
        #expect(unsupported.text == "max_failures: 1")
    }
}
