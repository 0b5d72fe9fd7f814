# Multi-clause functions with guards, tried top to bottom.
defmodule Kind do
  def of(x) when is_integer(x) and x > 0, do: :pos_int
  def of(x) when is_integer(x), do: :int
  def of(x) when is_float(x) or is_binary(x), do: :float_or_string
  def of(x) when is_list(x) and length(x) > 2, do: :long_list
  def of(x) when is_map_key(x, :id), do: :has_id
  def of(x) when tuple_size(x) == 2, do: :pair
  def of(_), do: :other
end
for v <- [5, -1, 1.0, "s", [1, 2, 3], [1], %{id: 1}, {1, 2}, {1}] do
  IO.inspect(Kind.of(v))
end
