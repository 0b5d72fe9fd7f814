import Language
import Foundation

/// Reads a lesson file in the format of `Lessons/FORMAT.md`, line by line; every
/// problem is reported as `FILE:LINE: what is wrong`.
public final class LessonParser {
    private let file: String
    private let lines: [String]
    private var sourceFiles: [String: String] = [:]
    /// The last `elixir` block read and the line index of its closing fence, for a `trace` block after it.
    private var lastElixirBlock: (text: String, end: Int)?

    /// A parser for `text`, read from `file` (used in error messages).
    public init(text: String, file: String) {
        self.file = file
        self.lines = text.lineSlices.map(String.init)
    }

    /// The lesson, or the first problem found.
    public func parse() throws(LessonError) -> Lesson {
        try checkPrintable()
        let (frontMatter, bodyStart) = try readFrontMatter()
        let blocks = try readBlocks(from: bodyStart)
        return try assemble(frontMatter, blocks)
    }

    private func fail(_ line: Int, _ message: String) -> LessonError {
        LessonError(file: file, line: line, message: message)
    }

    /// Refuses control characters (tabs aside): a lesson is text for a terminal, and an escape
    /// sequence in it would reach the learner's screen.
    private func checkPrintable() throws(LessonError) {
        for (index, line) in lines.enumerated() where !Self.isPlainText(line) {
            guard let scalar = line.unicodeScalars.first(where: { VisibleText.needsEscape($0) }) else { continue }
            let shown = VisibleText.escaped(String(scalar))
            throw fail(index + 1, "control character \(shown) in the lesson; lessons hold printable text only (inside an Elixir string, write the escape `\(shown)` instead)")
        }
    }

    /// Whether `line` holds only printable ASCII and tabs (nothing to escape), read byte by byte:
    /// going through every line's Unicode scalars cost each start of proctor 3.9M instructions.
    private static func isPlainText(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in bytes.allSatisfy { (0x20..<0x7F).contains($0) || $0 == UInt8(ascii: "\t") } }
    }

    // MARK: Front matter

    private static let frontMatterKeys: Set<String> = ["id", "title", "order", "summary", "minutes"]

    private func readFrontMatter() throws(LessonError) -> ([String: (value: String, line: Int)], Int) {
        guard lines.first == "---" else { throw fail(1, "a lesson starts with front matter: a line `---`") }
        guard lines.dropFirst().contains("---") else { throw fail(1, "the front matter that starts here is not closed with a line `---`") }
        var values: [String: (value: String, line: Int)] = [:]
        var index = 1
        while index < lines.count, lines[index] != "---" {
            let number = index + 1
            guard let colon = lines[index].range(of: ": ") else { throw fail(number, "front matter lines are `key: value`") }
            let key = String(lines[index][..<colon.lowerBound])
            var value = String(lines[index][colon.upperBound...]).trimmedOfSpaces
            guard Self.frontMatterKeys.contains(key) else { throw fail(number, "unknown front matter key `\(key)`") }
            guard values[key] == nil else { throw fail(number, "front matter key `\(key)` is repeated") }
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                    .replacingOccurrences(of: "\\\\", with: "\\")
            }
            guard !value.isEmpty else { throw fail(number, "front matter key `\(key)` has no value") }
            values[key] = (value, number)
            index += 1
        }
        guard index < lines.count else { throw fail(lines.count, "front matter is not closed with a line `---`") }
        return (values, index + 1)
    }

    // MARK: Blocks

    /// A block with the line it starts on.
    private struct Located {
        let block: LessonBlock
        let line: Int
    }

    private static let fenceKinds: Set<String> = ["iex", "elixir", "text", "trace"]

    private func readBlocks(from start: Int) throws(LessonError) -> [Located] {
        var blocks: [Located] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            if line.isBlank {
                index += 1
            } else if line.hasPrefix("```") {
                let (block, next) = try readFence(at: index)
                blocks.append(Located(block: block, line: number))
                index = next
            } else if let level = headingLevel(line) {
                blocks.append(Located(block: .heading(level: level, text: String(line.dropFirst(level + 1))), line: number))
                index += 1
            } else if listItemText(line) != nil {
                let (block, next) = readList(at: index)
                blocks.append(Located(block: block, line: number))
                index = next
            } else {
                var text: [String] = []
                while index < lines.count, !lines[index].isBlank,
                    !lines[index].hasPrefix("```"), headingLevel(lines[index]) == nil
                {
                    text.append(lines[index].trimmedOfSpaces)
                    index += 1
                }
                blocks.append(Located(block: .paragraph(text.joined(separator: " ")), line: number))
            }
        }
        return blocks
    }

    private func headingLevel(_ line: String) -> Int? {
        for level in 1...3 where line.hasPrefix(String(repeating: "#", count: level) + " ") { return level }
        return nil
    }

    private func listItemText(_ line: String) -> (ordered: Bool, text: String)? {
        if line.hasPrefix("- ") { return (false, String(line.dropFirst(2))) }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return (true, String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    private func readList(at start: Int) -> (LessonBlock, Int) {
        var items: [String] = []
        var ordered = false
        var index = start
        while index < lines.count, !lines[index].isBlank {
            if let item = listItemText(lines[index]) {
                ordered = item.ordered
                items.append(item.text)
            } else if let last = items.indices.last {
                items[last] += " " + lines[index].trimmedOfSpaces
            }
            index += 1
        }
        return (.list(ordered: ordered, items: items), index)
    }

    /// The `elixir file=NAME` block an `iex load=NAME` transcript loads.
    private func loadedFile(_ info: String, at line: Int) throws(LessonError) -> (name: String, source: String)? {
        guard let option = info.split(separator: " ").dropFirst().first else { return nil }
        guard option.hasPrefix("load=") else { throw fail(line, "unknown fence option `\(option)`") }
        let name = String(option.dropFirst("load=".count))
        guard let source = sourceFiles[name] else {
            throw fail(line, "`iex load=\(name)` needs an `elixir file=\(name)` block earlier in the lesson")
        }
        return (name, source)
    }

    private func readFence(at start: Int) throws(LessonError) -> (LessonBlock, Int) {
        let info = String(lines[start].dropFirst(3))
        let kind = String(info.split(separator: " ").first ?? "")
        guard Self.fenceKinds.contains(kind) else {
            throw fail(start + 1, "unknown fence kind `\(info)` (use iex, elixir, text or trace)")
        }
        var content: [String] = []
        var index = start + 1
        while index < lines.count, lines[index] != "```" {
            content.append(lines[index])
            index += 1
        }
        guard index < lines.count else { throw fail(start + 1, "fenced block is not closed with a line ```") }
        let text = content.joined(separator: "\n")
        if kind == "iex" {
            let transcript = Transcript(text: text, line: start + 1, file: file, load: try loadedFile(info, at: start + 1))
            return (.transcript(transcript), index + 1)
        }
        if kind == "trace" {
            guard let program = lastElixirBlock, program.end == start - 1 || program.end == start - 2 && lines[start - 1].isEmpty else {
                throw fail(start + 1, "a `trace` block shows the chart of the `elixir` block just before it, and there is none")
            }
            return (.chart(LessonChart(source: program.text, text: text, line: start + 1, file: file)), index + 1)
        }
        if info.hasPrefix("elixir file=") { sourceFiles[String(info.dropFirst("elixir file=".count))] = text }
        if kind == "elixir" { lastElixirBlock = (text, index) }
        return (.code(kind: info, text: text), index + 1)
    }

    // MARK: Lesson and exercises

    private func assemble(_ front: [String: (value: String, line: Int)], _ blocks: [Located]) throws(LessonError) -> Lesson {
        for key in ["id", "title", "order", "summary"] where front[key] == nil {
            throw fail(1, "front matter has no `\(key)`")
        }
        guard let orderText = front["order"], let order = Int(orderText.value) else {
            throw fail(front["order"]?.line ?? 1, "`order` must be an integer")
        }
        if let id = front["id"], let problem = IdPattern.lessonIdProblem(id.value) { throw fail(id.line, problem) }
        let firstExercise = blocks.firstIndex { if case .heading(2, let text) = $0.block { return text.hasPrefix("Exercise ") } else { return false } }
        let lessonPart = blocks[..<(firstExercise ?? blocks.count)]
        var exercises: [Exercise] = []
        var index = firstExercise ?? blocks.count
        while index < blocks.count {
            let end = blocks[(index + 1)...].firstIndex { if case .heading(2, _) = $0.block { return true } else { return false } } ?? blocks.count
            exercises.append(try exercise(Array(blocks[index..<end])))
            index = end
        }
        guard !exercises.isEmpty else { throw fail(lines.count, "the lesson has no exercise (`## Exercise ID: TITLE`)") }
        return Lesson(
            id: front["id"]?.value ?? "", title: front["title"]?.value ?? "", order: order,
            summary: front["summary"]?.value ?? "", minutes: front["minutes"].flatMap { Int($0.value) },
            blocks: lessonPart.map(\.block) + exercises.flatMap(\.statement), exercises: exercises, file: file)
    }

    private func exercise(_ blocks: [Located]) throws(LessonError) -> Exercise {
        guard let heading = blocks.first, case .heading(2, let text) = heading.block else {
            throw fail(blocks.first?.line ?? 1, "expected an exercise heading")
        }
        let rest = text.dropFirst("Exercise ".count)
        guard let colon = rest.range(of: ": ") else { throw fail(heading.line, "an exercise heading is `## Exercise ID: TITLE`") }
        let id = String(rest[..<colon.lowerBound])
        if let problem = IdPattern.exerciseIdProblem(id) { throw fail(heading.line, problem) }
        let title = String(rest[colon.upperBound...])
        var sections: [String: [Located]] = [:]
        var current: String?
        for block in blocks.dropFirst() {
            if case .heading(3, let name) = block.block {
                current = name
                sections[name] = []
            } else if let current {
                sections[current, default: []].append(block)
            }
        }
        func fence(_ name: String) throws(LessonError) -> String {
            guard let section = sections[name] else { throw fail(heading.line, "exercise \"\(id)\" has no ### \(name) section") }
            for located in section {
                if case .code(let kind, let text) = located.block, kind.hasPrefix("elixir") { return text }
            }
            throw fail(heading.line, "the ### \(name) section of exercise \"\(id)\" has no elixir block")
        }
        let hints = sections["Hints"]?.compactMap { located -> [String]? in
            if case .list(true, let items) = located.block { return items } else { return nil }
        }.first ?? []
        guard (2...3).contains(hints.count) else { throw fail(heading.line, "exercise \"\(id)\" needs 2 or 3 hints in an ordered list") }
        return Exercise(
            id: id, title: title, statement: sections["Statement"]?.map(\.block) ?? [],
            starter: try fence("Starter"), tests: try fence("Tests"), hints: hints, solution: try fence("Solution"),
            line: heading.line, equivalentMutants: try equivalentMutants(sections["Equivalent mutants"] ?? [], of: id))
    }

    /// The items of an `### Equivalent mutants` section: an unordered list of `` `ID`: reason ``.
    private func equivalentMutants(_ section: [Located], of exercise: String) throws(LessonError) -> [EquivalentMutant] {
        var marks: [EquivalentMutant] = []
        for located in section {
            guard case .list(false, let items) = located.block else {
                throw fail(located.line, "the ### Equivalent mutants section of exercise \"\(exercise)\" holds one unordered list")
            }
            for item in items {
                guard item.hasPrefix("`"), let close = item.dropFirst().firstIndex(of: "`"),
                    item[item.index(after: close)...].hasPrefix(": "), item.count > item.distance(from: item.startIndex, to: close) + 3
                else {
                    throw fail(located.line, "an equivalent mutant is written `- `ID`: why no test can tell it from the solution`")
                }
                let id = String(item[item.index(after: item.startIndex)..<close])
                let reason = String(item[item.index(close, offsetBy: 3)...])
                marks.append(EquivalentMutant(id: id, reason: reason))
            }
        }
        return marks
    }
}

extension StringProtocol {
    /// Whether the line is empty or spaces and tabs only.
    var isBlank: Bool { allSatisfy { $0 == " " || $0 == "\t" } }

    /// The text without leading and trailing spaces and tabs (faster than Foundation's trimming).
    var trimmedOfSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
