import Language
import Foundation

/// One lesson of the course: its front matter, its body blocks and its exercises.
public struct Lesson: Sendable {
    /// The lesson's id (`spawn`).
    public let id: String
    /// Its title (`Spawning processes`).
    public let title: String
    /// Its place in the course (1, 2, ...).
    public let order: Int
    /// One line for the course list.
    public let summary: String
    /// Estimated minutes, when the author gave them.
    public let minutes: Int?
    /// The lesson part and exercise statements, in order.
    public let blocks: [LessonBlock]
    /// The exercises, easiest first.
    public let exercises: [Exercise]
    /// The file the lesson came from.
    public let file: String

    /// Every `trace` chart of the lesson, in order.
    public var charts: [LessonChart] {
        blocks.compactMap { if case .chart(let chart) = $0 { return chart } else { return nil } }
    }

    /// Every `iex` transcript of the lesson, in order.
    public var transcripts: [Transcript] {
        blocks.compactMap { if case .transcript(let transcript) = $0 { return transcript } else { return nil } }
    }
}

/// A block of a lesson's body.
public enum LessonBlock: Sendable {
    /// `#`, `##` or `###` and its text.
    case heading(level: Int, text: String)
    /// A paragraph, its lines joined with spaces.
    case paragraph(String)
    /// A list; `ordered` for `1.` items.
    case list(ordered: Bool, items: [String])
    /// A fenced block shown as code (`elixir`, `text`).
    case code(kind: String, text: String)
    /// An `iex` transcript, run as a doctest.
    case transcript(Transcript)
    /// A `trace` block: the chart of the `elixir` block before it, checked like a transcript.
    case chart(LessonChart)
}

/// A recorded iex session: the inputs typed and the screen they produced.
public struct Transcript: Sendable {
    /// The whole block as it appears on the screen.
    public let text: String
    /// The line of the block's opening fence.
    public let line: Int
    /// The lesson file it belongs to.
    public let file: String
    /// The source file the session loads first (`iex load=FILE`), with its name.
    public let load: (name: String, source: String)?

    /// The inputs, one per prompt line (`iex(N)> ` or `...(N)> `), in order.
    public var inputs: [String] {
        text.lineSlices.compactMap { line in
            Transcript.input(of: String(line))
        }
    }

    /// The input on a prompt line, or nil for an output line.
    static func input(of line: String) -> String? {
        for prefix in ["iex(", "...("] where line.hasPrefix(prefix) {
            guard let close = line.range(of: ")> ") else { continue }
            let counter = line[line.index(line.startIndex, offsetBy: prefix.count)..<close.lowerBound]
            if !counter.isEmpty, counter.allSatisfy(\.isNumber) { return String(line[close.upperBound...]) }
        }
        return nil
    }
}

/// An exercise: what to build, the learner's starting file, the tests, hints and a solution.
public struct Exercise: Sendable {
    /// Its id; the learner's file is `ID.exs`.
    public let id: String
    /// Its title.
    public let title: String
    /// The statement's blocks.
    public let statement: [LessonBlock]
    /// The starter file's text.
    public let starter: String
    /// The ExUnit test modules.
    public let tests: String
    /// The hints, gentle first.
    public let hints: [String]
    /// The reference solution.
    public let solution: String
    /// The line of the exercise's heading.
    public let line: Int
    /// The mutants of the solution that no fair test can tell from it (`### Equivalent mutants`).
    public var equivalentMutants: [EquivalentMutant] = []
}

/// A mutant of a solution that the lesson declares equivalent to it, and why.
public struct EquivalentMutant: Sendable, Equatable {
    /// The mutant's id, as the mutation check prints it (`duration at 3:30 -> 1000`).
    public let id: String
    /// Why no test can catch it, in one line.
    public let reason: String
}

/// A problem in a lesson file: `Lessons/03-links.md:42: what is wrong`.
public struct LessonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public let file: String
    /// The 1-based line, or 0 when the problem is with the whole file or folder.
    public let line: Int
    /// What is wrong.
    public let message: String

    /// `FILE:LINE: message`, or `FILE: message` for a whole file or folder, with any control
    /// character (from a file name or a lesson's text) escaped.
    public var description: String {
        VisibleText.escaped(line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)")
    }
}
