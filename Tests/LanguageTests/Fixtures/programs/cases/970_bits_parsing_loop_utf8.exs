# A parsing loop over <<c::utf8, rest::binary>> on a long string.
defmodule Scan do
  def count(<<c::utf8, rest::binary>>, acc) when c in ?0..?9, do: count(rest, acc + 1)
  def count(<<_::utf8, rest::binary>>, acc), do: count(rest, acc)
  def count(<<>>, acc), do: acc
end

text = String.duplicate("ab1é2", 20_000)
IO.inspect(byte_size(text))
IO.inspect(Scan.count(text, 0))
