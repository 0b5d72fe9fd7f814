# Collectable for List: see Collectable.ex.
defmodule Collectable.List do
  def into(list) do
    {[], fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> list ++ :lists.reverse(acc)
      _acc, :halt -> :ok
    end}
  end
end
