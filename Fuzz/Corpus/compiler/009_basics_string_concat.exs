# Binaries concatenate with <>; sizes count bytes.
s = "Hello" <> ", " <> "world"
IO.puts(s)
IO.inspect(byte_size(s))
IO.inspect("é" <> "!")
IO.inspect(byte_size("é"))
"Hello" <> rest = s
IO.inspect(rest)
IO.inspect("a" <> "" <> "b")
IO.inspect(is_binary(s))
IO.inspect(<<104, 105>>)
IO.inspect(<<"ab", 99>>)
