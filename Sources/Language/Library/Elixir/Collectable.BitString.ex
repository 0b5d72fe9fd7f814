# Collectable for BitString: see Collectable.ex.
defmodule Collectable.BitString do
  def into(binary) do
    {binary, fn
      acc, {:cont, x} when is_binary(x) -> acc <> x
      acc, :done -> acc
      _acc, :halt -> :ok
    end}
  end
end
