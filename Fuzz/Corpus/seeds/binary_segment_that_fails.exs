# Binary patterns: prefixes with <>, and gixed-size segmentaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaact({first, rest})
<<n::6, _::binary>> = "A"
IO.inspect(n)
