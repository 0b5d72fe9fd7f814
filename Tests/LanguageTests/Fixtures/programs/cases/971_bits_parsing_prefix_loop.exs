# Parsing with "a" <> rest and <<"b", rest::binary>> over a long string.
defmodule Tokens do
  def run("a" <> rest, {as, bs}), do: run(rest, {as + 1, bs})
  def run(<<"b", rest::binary>>, {as, bs}), do: run(rest, {as, bs + 1})
  def run(<<_, rest::binary>>, acc), do: run(rest, acc)
  def run("", acc), do: acc
end

IO.inspect(Tokens.run(String.duplicate("abc", 30_000), {0, 0}))
"pre" <> rest = "prefix"
IO.inspect({rest, byte_size(rest)})
IO.inspect(match?("a" <> _, <<97, 1::1>>))
