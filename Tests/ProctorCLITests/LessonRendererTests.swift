import Courseware
import Testing
@testable import ProctorCLI

@Test func paragraphsWrapToTheWidthAndDropMarkupWithoutColour() throws {
    let text = "---\nid: x\ntitle: T\norder: 1\nsummary: S\n---\n\n# T\n\nUse `spawn/1` to start a *process*; it returns a pid that you can keep and pass around freely.\n\n## Exercise e: E\n\n### Statement\n\nDo it.\n\n### Starter\n\n```elixir\nnil\n```\n\n### Tests\n\n```elixir\nnil\n```\n\n### Hints\n\n1. One\n2. Two\n\n### Solution\n\n```elixir\nnil\n```\n"
    let lesson = try LessonParser(text: text, file: "x.md").parse()
    let rendered = LessonRenderer(style: TerminalStyle(enabled: false), width: 40).render(lesson)
    #expect(rendered.contains("Use spawn/1 to start a process; it\nreturns a pid that you can keep and pass\naround freely."))
    #expect(rendered.contains("  e — E"))
}
