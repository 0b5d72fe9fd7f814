# Literal values inside bitstring patterns.
defmodule Header do
  def kind(<<1::4, _::4>>), do: :one
  def kind(<<0b0010::4, n::4>>), do: {:two, n}
  def kind(<<"GIF", version::binary-size(3), _::binary>>), do: {:gif, version}
  def kind(<<-1::signed-8>>), do: :minus_one
  def kind(_), do: :unknown
end

IO.inspect(Header.kind(<<0x1F>>))
IO.inspect(Header.kind(<<0x27>>))
IO.inspect(Header.kind("GIF89a..."))
IO.inspect(Header.kind(<<255>>))
IO.inspect(Header.kind(<<0x30>>))
