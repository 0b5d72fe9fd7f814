/// Reading the subject: characters (bytes, or UTF-8 scalars with `u`), newlines, words, and the
/// zero-width assertions and back references that look at them.
extension RegexMatcher {
    /// The character at `position` and its length in bytes, or nil at the end.
    func read(at position: Int) -> (UInt32, Int)? {
        guard position < subject.count else { return nil }
        let first = subject[position]
        guard program.options.unicode, first >= 0xC0 else { return (UInt32(first), 1) }
        let extra = first >= 0xF0 ? 3 : (first >= 0xE0 ? 2 : 1)
        guard position + extra < subject.count else { return (UInt32(first), 1) }
        var value = UInt32(first) & (0x3F >> UInt32(extra))
        for offset in 1...extra {
            let next = subject[position + offset]
            guard next & 0xC0 == 0x80 else { return (UInt32(first), 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (value, extra + 1)
    }

    /// The length in bytes of the character at `position` (1 at the end, to step past it).
    func characterLength(at position: Int) -> Int { read(at: position)?.1 ?? 1 }

    /// The position `count` characters before `position`, or nil when the subject starts sooner.
    func position(before position: Int, characters count: Int) -> Int? {
        var result = position
        for _ in 0..<count {
            guard result > 0 else { return nil }
            result -= 1
            if program.options.unicode {
                while result > 0, subject[result] & 0xC0 == 0x80 { result -= 1 }
            }
        }
        return result
    }

    /// Whether a newline starts at `position` (`\n`, and with `s` also `\r`).
    func isNewline(at position: Int) -> Bool {
        guard position < subject.count else { return false }
        let byte = subject[position]
        return byte == 10 || (newlineIsAnyCRLF && byte == 13)
    }

    /// The length of the newline at `position` (2 for `\r\n` with `s`), 0 when there is none.
    private func newlineLength(at position: Int) -> Int {
        guard isNewline(at: position) else { return 0 }
        if subject[position] == 13, position + 1 < subject.count, subject[position + 1] == 10 { return 2 }
        return 1
    }

    /// Whether a newline ends just before `position`.
    private func followsNewline(_ position: Int) -> Bool {
        guard position > 0 else { return false }
        let previous = subject[position - 1]
        if previous == 10 { return true }
        return newlineIsAnyCRLF && previous == 13 && !(position < subject.count && subject[position] == 10)
    }

    /// Whether `assertion` holds at `position`.
    func holds(_ assertion: RegexAssertion, at position: Int) -> Bool {
        switch assertion {
        case .lineStart(let multiline):
            return position == 0 || (multiline && position < subject.count && followsNewline(position))
        case .lineEnd(let multiline):
            if multiline { return position == subject.count || isNewline(at: position) }
            return atEndOrFinalNewline(position)
        case .subjectStart: return position == 0
        case .subjectEnd: return position == subject.count
        case .subjectEndOrFinalNewline: return atEndOrFinalNewline(position)
        case .matchStart: return position == searchStartPosition
        case .wordBoundary(let negated): return (isWord(before: position) != isWord(at: position)) != negated
        }
    }

    private func atEndOrFinalNewline(_ position: Int) -> Bool {
        if position == subject.count { return true }
        let length = newlineLength(at: position)
        return length > 0 && position + length == subject.count
    }

    private func isWord(at position: Int) -> Bool {
        guard let (character, _) = read(at: position) else { return false }
        return RegexCharacterClass.word.contains(character, unicode: program.options.unicode)
    }

    private func isWord(before position: Int) -> Bool {
        guard let previous = self.position(before: position, characters: 1) else { return false }
        return isWord(at: previous)
    }

    /// Where a repeat of group `group`'s text at `position` ends, or nil when it is not there
    /// (or the group is unset, which PCRE treats as a failure).
    func matchBackReference(_ group: Int, caseless: Bool, at position: Int) -> Int? {
        let start = captureSlot(2 * group), end = captureSlot(2 * group + 1)
        guard start >= 0, end >= start else { return nil }
        var here = position
        var there = start
        while there < end {
            guard let (expected, expectedLength) = read(at: there), let (actual, actualLength) = read(at: here) else { return nil }
            if expected != actual {
                guard caseless, RegexCaseFolding.otherCases(of: expected, unicode: program.options.unicode).contains(actual) else {
                    return nil
                }
            }
            there += expectedLength
            here += actualLength
        }
        return here
    }
}
