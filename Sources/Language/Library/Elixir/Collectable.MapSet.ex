# Collectable for MapSet: see Collectable.ex.
defmodule Collectable.MapSet do
  def into(set) do
    {set, fn
      acc, {:cont, element} -> MapSet.put(acc, element)
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end
