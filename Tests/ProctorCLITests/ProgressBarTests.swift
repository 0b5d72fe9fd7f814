import Testing
@testable import ProctorCLI

@Test func theProgressBarClampsCountsOutOfRange() {
    let plain = TerminalStyle(enabled: false)
    #expect(ProgressBar.render(done: 5, total: 20, width: 4, style: plain) == "[█░░░] 5/20")
    #expect(ProgressBar.render(done: 3, total: 1, width: 4, style: plain) == "[████] 1/1")
    #expect(ProgressBar.render(done: -2, total: 3, width: 4, style: plain) == "[░░░░] 0/3")
    #expect(ProgressBar.render(done: 1, total: 0, width: 4, style: plain) == "[░░░░] 0/0")
    #expect(ProgressBar.render(done: 1, total: -1, width: -3, style: plain) == "[] 0/0")
}
