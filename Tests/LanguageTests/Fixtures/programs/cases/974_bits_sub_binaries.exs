# Rests of a match are ordinary binaries: sizes, equality, use as map keys.
<<_::binary-size(3), rest::binary>> = "abcdef"
IO.inspect({rest, byte_size(rest), rest == "def"})
IO.inspect(binary_part("hello world", 6, 5))
IO.inspect(binary_part(<<1, 2, 3::4>>, 0, 2))
<<_, tail::binary>> = "xyz"
IO.inspect(%{tail => 1}["yz"])
IO.inspect(String.upcase(tail))
IO.inspect(tail <> tail)
<<first::binary-size(2), _::binary>> = tail
IO.inspect(first)
