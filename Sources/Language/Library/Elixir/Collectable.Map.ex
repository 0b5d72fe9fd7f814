# Collectable for Map: see Collectable.ex.
defmodule Collectable.Map do
  def into(map) do
    {map, fn
      acc, {:cont, {key, value}} -> Map.put(acc, key, value)
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end
