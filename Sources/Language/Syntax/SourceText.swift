/// Turns a source file's bytes into text, refusing what the compiler must not see:
/// bytes that are not UTF-8 (with the line and column of the first one) and files too big to be code.
public enum SourceText {
    /// The largest source file proctor reads: far above any exercise, far below what would stall the parser.
    public static let maximumBytes = 8 * 1024 * 1024

    /// Why a file's bytes are not source text.
    public enum Problem: Error, Equatable, Sendable {
        /// A byte that starts no valid UTF-8 character, at a 1-based line and column.
        case invalidUTF8(byte: UInt8, line: Int, column: Int)
        /// The file is larger than `maximumBytes`.
        case tooLarge(bytes: Int)

        /// The problem in words, for `file`, with what to do about it.
        public func message(file: String) -> String {
            switch self {
            case .invalidUTF8(let byte, let line, let column):
                let hex = String(byte, radix: 16, uppercase: true)
                return "\(file):\(line):\(column): this file is not UTF-8 text (byte 0x\(hex.count == 1 ? "0" + hex : hex)); save it as UTF-8 in your editor"
            case .tooLarge(let bytes):
                return "\(file) is \(bytes / 1_048_576) MB; proctor reads source files of up to \(maximumBytes / 1_048_576) MB"
            }
        }
    }

    /// The text of `bytes`, or the first reason it is not source text.
    public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        guard bytes.count <= maximumBytes else { return .failure(.tooLarge(bytes: bytes.count)) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidByte(bytes))
    }

    private static func firstInvalidByte(_ bytes: [UInt8]) -> Problem {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            guard length > 0 else {
                let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.count ?? index - lineStart) + 1
                return .invalidUTF8(byte: bytes[index], line: line, column: column)
            }
            if bytes[index] == 10 {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return .invalidUTF8(byte: 0, line: line, column: 1)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}
