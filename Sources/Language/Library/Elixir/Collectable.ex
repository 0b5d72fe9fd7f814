# The Collectable protocol: `Enum.into/2` and `for ... into:` collect into a user struct through
# its `into/1`, which answers `{initial, collector}`; the collector takes `{:cont, x}`, then `:done`.
defprotocol Collectable do
  def into(collectable)
end

defmodule Collectable.List do
  def into(list) do
    {[], fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> list ++ :lists.reverse(acc)
      _acc, :halt -> :ok
    end}
  end
end

defmodule Collectable.Map do
  def into(map) do
    {map, fn
      acc, {:cont, {key, value}} -> Map.put(acc, key, value)
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end

defmodule Collectable.BitString do
  def into(binary) do
    {binary, fn
      acc, {:cont, x} when is_binary(x) -> acc <> x
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end
