/// Output kept within a fixed size, for a host that shows it later (what a test printed).
///
/// The first `headBytes` are kept as written and the last `tailBytes` in a window that
/// slides; what falls between them is counted, and `text` says how many lines were left
/// out. Once a write has come `keptRepeats` times in a row (the same text but for pids and
/// references, as a spawn bomb's identical crash reports are), further copies are counted
/// instead of kept. Memory stays bounded however much is written.
public struct BoundedText: Sendable {
    /// Bytes kept from the start.
    public let headBytes: Int
    /// Bytes kept from the end.
    public let tailBytes: Int
    /// Copies of one write kept in a row before the rest are only counted.
    public let keptRepeats: Int
    private var head = ""
    private var tail: [Substring] = []
    private var tailStart = 0
    private var tailSize = 0
    private var omittedLines = 0
    private var lastWrite: String?
    private var copiesInARow = 0
    private var repeats = 0

    /// An empty text keeping `headBytes` from the start and `tailBytes` from the end (8 KB and
    /// 4 KB by default: about a hundred and fifty lines in all), and 3 copies of a repeated write.
    public init(headBytes: Int = 8 * 1024, tailBytes: Int = 4 * 1024, keptRepeats: Int = 3) {
        self.headBytes = headBytes
        self.tailBytes = tailBytes
        self.keptRepeats = keptRepeats
    }

    /// A text that keeps everything (for hosts and tests that want all of it).
    public static var unbounded: BoundedText { BoundedText(headBytes: .max, tailBytes: 0, keptRepeats: .max) }

    /// Adds one write.
    public mutating func append(_ written: String) {
        if keptRepeats == .max { return keep(written) }
        let shape = BoundedText.shape(of: written)
        if shape == lastWrite {
            copiesInARow += 1
            if copiesInARow > keptRepeats {
                repeats += 1
                return
            }
        } else {
            flushRepeats()
            lastWrite = shape
            copiesInARow = 1
        }
        keep(written)
    }

    /// Everything kept, with a line for what was left out and for writes folded as repeats.
    public var text: String {
        var copy = self
        copy.flushRepeats()
        guard copy.omittedLines > 0 || copy.tailSize > 0 else { return copy.head }
        let newline = copy.head.hasSuffix("\n") ? "" : "\n"
        let gap = copy.omittedLines > 0 ? newline + "... \(copy.omittedLines) more lines ...\n" : ""
        return copy.head + gap + copy.tail[copy.tailStart...].joined()
    }

    private mutating func flushRepeats() {
        guard repeats > 0 else { return }
        let count = repeats
        repeats = 0
        lastWrite = nil
        copiesInARow = 0
        keep("[the same output \(count) more \(count == 1 ? "time" : "times") (pids and references aside)]\n")
    }

    private mutating func keep(_ written: String) {
        var rest = Substring(written)
        let room = headBytes - head.utf8.count
        if room > 0 {
            let taken = BoundedText.prefix(of: rest, bytes: room)
            head += taken
            rest = rest[taken.endIndex...]
        }
        guard !rest.isEmpty else { return }
        if rest.utf8.count > tailBytes {
            let dropped = BoundedText.prefix(of: rest, bytes: rest.utf8.count - tailBytes)
            omittedLines += dropped.utf8.count(of: UInt8(ascii: "\n"))
            rest = rest[dropped.endIndex...]
        }
        tail.append(rest)
        tailSize += rest.utf8.count
        while tailSize > tailBytes, tailStart < tail.count {
            let dropped = tail[tailStart]
            omittedLines += dropped.utf8.count(of: UInt8(ascii: "\n"))
            tailSize -= dropped.utf8.count
            tailStart += 1
        }
        if tailStart > 1024, tailStart * 2 > tail.count {
            tail.removeFirst(tailStart)
            tailStart = 0
        }
    }

    /// The longest prefix of `text` of at most `bytes` UTF-8 bytes that does not cut a character's bytes.
    private static func prefix(of text: Substring, bytes: Int) -> Substring {
        guard text.utf8.count > bytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: bytes)
        while end > text.utf8.startIndex, text.utf8[end] & 0b1100_0000 == 0b1000_0000 { end = text.utf8.index(before: end) }
        return text[..<end]
    }

    /// `text` with the numbers of pids and references masked, so reports from different processes compare equal.
    private static func shape(of text: String) -> String {
        masking("#Reference<", in: masking("#PID<", in: text))
    }

    private static func masking(_ marker: String, in text: String) -> String {
        guard text.contains(marker) else { return text }
        var masked = ""
        var rest = Substring(text)
        while let found = rest.firstRange(of: marker), let close = rest[found.upperBound...].firstIndex(of: ">") {
            masked += rest[..<found.upperBound]
            rest = rest[close...]
        }
        return masked + rest
    }
}

extension Substring.UTF8View {
    /// How many times `byte` occurs.
    func count(of byte: UInt8) -> Int {
        reduce(0) { $0 + ($1 == byte ? 1 : 0) }
    }
}
