import Testing
@testable import Terms

/// Digits convert by halves; the result must be what one word of digits at a time gives,
/// at every size around the split points and in every base.
@Suite struct IntegerParsingTests {
    /// Digits of `radix` in a repeating, irregular pattern, without a leading zero.
    private func digits(_ count: Int, radix: Int) -> String {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".prefix(radix))
        var text = ""
        for index in 0..<count { text.append(alphabet[(index * 7 + index / 3 + 1) % radix]) }
        return text.first == "0" ? "1" + text.dropFirst() : text
    }

    @Test(arguments: [2, 7, 10, 16, 36])
    func digitsReadByHalvesPrintBackTheSame(radix: Int) {
        for count in [1, 18, 19, 511, 512, 513, 1024, 1025, 1536, 4097] {
            let text = digits(count, radix: radix)
            let value = Term.integer(digits: Substring(text), radix: radix)
            #expect(value?.integerText(radix: radix) == text, "radix \(radix), \(count) digits")
        }
    }

    @Test func signsAndLiteralsConvert() {
        let nines = String(repeating: "9", count: 1500)
        #expect(Term.integer(digits: Substring("-" + nines), radix: 10)?.integerText(radix: 10) == "-" + nines)
        #expect(Term.integer(digits: Substring("+" + nines), radix: 10)?.integerText(radix: 10) == nines)
        #expect(Term.integer(literal: "0x" + String(repeating: "f", count: 600))?.integerText(radix: 16) == String(repeating: "F", count: 600))
        #expect(Term.integer(literal: "0b" + String(repeating: "1", count: 70)) == Term.integer(decimalDigits: "1180591620717411303423"))
        #expect(Term.integer(literal: "0o777777777777777777777777") == Term.integer(decimalDigits: "4722366482869645213695"))
    }

    @Test func whatIsNotADigitIsRefused() {
        #expect(Term.integer(digits: "12+3", radix: 10) == nil)
        #expect(Term.integer(digits: Substring(String(repeating: "1", count: 900) + "+5"), radix: 10) == nil)
        #expect(Term.integer(digits: "19", radix: 8) == nil)
        #expect(Term.integer(digits: "-", radix: 10) == nil)
        #expect(Term.integer(digits: "zz", radix: 37) == nil)
    }
}
