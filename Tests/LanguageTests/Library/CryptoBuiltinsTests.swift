import Testing

/// CryptoBuiltins: digests of the FIPS 180 and RFC 1321 test message "abc", recorded from real Elixir 1.14.
enum CryptoBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"Base.encode16(:crypto.hash(:md5, "abc"), case: :lower)"#, #""900150983cd24fb0d6963f7d28e17f72""#),
        RecordedInspect(#"Base.encode16(:crypto.hash(:sha, "abc"), case: :lower)"#, #""a9993e364706816aba3e25717850c26c9cd0d89d""#),
        RecordedInspect(#"Base.encode16(:crypto.hash(:sha224, "abc"), case: :lower)"#, #""23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7""#),
        RecordedInspect(#"Base.encode16(:crypto.hash(:sha384, "abc"), case: :lower)"#, #""cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7""#),
        RecordedInspect(#"Base.encode64(:crypto.hash(:sha512, "abc"))"#, #""3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==""#),
    ]
}

/// proctor's digests equal OTP's for each recorded expression.
@Test(arguments: CryptoBuiltinsCases.all)
func cryptoBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
