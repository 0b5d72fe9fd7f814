import Testing
@testable import Terms

@Test func droppingFiveMillionCellsDoesNotOverflowTheStack() {
    var list: Term? = Term.list(Array(repeating: .int(7), count: 5_000_000))
    if case .cons(let cell)? = list { #expect(cell.head == .int(7)) }
    list = nil
    #expect(list == nil)
}

@Test func droppingAListSharedWithAnotherKeepsTheSharedPart() {
    let shared = Term.list(Array(repeating: .int(1), count: 1_000_000))
    var longer: Term? = .cons(Cons(.int(0), shared))
    longer = nil
    #expect(longer == nil)
    var count = 0
    var rest = shared
    while case .cons(let cell) = rest {
        count += 1
        rest = cell.tail
    }
    #expect(count == 1_000_000)
}

@Test func droppingIodataNestedInHeadsDoesNotOverflowTheStack() {
    var iodata: Term? = .emptyList
    for index in 0..<2_000_000 {
        iodata = .list([iodata ?? .emptyList, .int(index % 128)])
    }
    iodata = nil
    #expect(iodata == nil)
}
