# Binary patterns whose segments cannot be taken fall through to the next clause.
defmodule Header do
  def parse(<<version::8, size::16, rest::binary>>), do: {:ok, version, size, rest}
  def parse(<<_::binary>>), do: {:error, :too_short}
end

IO.inspect(Header.parse(<<1, 0, 5, "abc">>))
IO.inspect(Header.parse(<<1, 0>>))
IO.inspect(Header.parse(""))

classify = fn bin ->
  case bin do
    <<"GET ", path::binary>> -> {:get, path}
    <<n::8, _::binary-size(3)>> -> {:four_bytes, n}
    <<n::6, _::binary>> -> {:six_bits, n}
    _ -> :other
  end
end

IO.inspect(classify.("GET /"))
IO.inspect(classify.("abcd"))
IO.inspect(classify.("A"))
IO.inspect(match?(<<_::binary-size(4)>>, "abc"))
IO.inspect(match?(<<_::utf8, _::binary>>, <<255>>))

with <<a::8, b::8>> <- "x" do
  {a, b}
else
  other -> IO.inspect(other, label: "with fell through")
end

<<n::6, _::binary>> = "A"
IO.inspect(n)
