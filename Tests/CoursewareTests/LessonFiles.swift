import Courseware
import Foundation
import Testing

/// The course's lesson files, read from the repository's `Lessons/` folder.
enum LessonFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lessons")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") && $0 != "FORMAT.md" }.sorted()
    }

    static func load(_ name: String) throws -> Lesson {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return try LessonParser(text: text, file: "Lessons/" + name).parse()
    }

    static var lessons: [Lesson] { names.compactMap { try? load($0) } }
}

/// One transcript, named for test output by its file and line.
struct TranscriptCase: CustomTestStringConvertible, Sendable {
    let transcript: Transcript
    var testDescription: String { "\(transcript.file):\(transcript.line)" }

    static var all: [TranscriptCase] { LessonFiles.lessons.flatMap(\.transcripts).map(TranscriptCase.init) }
}
