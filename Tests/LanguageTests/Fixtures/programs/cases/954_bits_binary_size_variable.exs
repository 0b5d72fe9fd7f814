# A length read earlier in the pattern sizes a later segment.
defmodule Frames do
  def parse(<<len::8, data::binary-size(len), rest::binary>>), do: [data | parse(rest)]
  def parse(<<>>), do: []

  def words(<<n::4, payload::size(n)-unit(8), tail::bits>>), do: {n, payload, tail}
end

IO.inspect(Frames.parse(<<2, "hi", 3, "abc", 0>>))
IO.inspect(Frames.words(<<2::4, 0x01, 0x02, 1::4>>))
size = 2
<<head::binary-size(size), _::binary>> = "hello"
IO.inspect(head)
<<len::8, data::binary-size(len), tail::binary>> = <<2, "hello">>
IO.inspect({len, data, tail})
