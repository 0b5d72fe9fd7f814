# Collectable on a user struct: Enum.into/2,3 and for ... into:.
defmodule Tally do
  defstruct counts: %{}

  defimpl Collectable do
    def into(tally) do
      collector = fn
        acc, {:cont, word} -> %{acc | counts: Map.update(acc.counts, word, 1, &(&1 + 1))}
        acc, :done -> acc
        _acc, :halt -> :ok
      end

      {tally, collector}
    end
  end
end

defmodule Plain do
  defstruct a: 1
end

defmodule Main do
  def run do
    tally = Enum.into(~w(a b a c a), %Tally{})
    IO.inspect(tally.counts)
    more = for w <- ~w(x y x), into: tally, do: String.upcase(w)
    IO.inspect(more.counts)
    IO.inspect(Enum.into([1, 2], %Tally{}, &(&1 * 2)).counts)
    IO.inspect(Enum.into([b: 2], %{a: 1}))
    IO.inspect(Enum.into(["x", "y"], "w"))
    IO.inspect(Collectable.impl_for([]))
    Enum.into([1], %Plain{})
  end
end

Main.run()
