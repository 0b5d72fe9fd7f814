# A parallel map: one process per element, results gathered in order by pid.
defmodule Parallel do
  def pmap(list, fun) do
    parent = self()
    list
    |> Enum.map(fn x -> spawn(fn -> send(parent, {self(), fun.(x)}) end) end)
    |> Enum.map(fn pid ->
      receive do
        {^pid, result} -> result
      end
    end)
  end
end
IO.inspect(Parallel.pmap(1..10, &(&1 * &1)))
IO.inspect(Parallel.pmap(["a", "bb", "ccc"], &String.length/1))
IO.inspect(Parallel.pmap([], &(&1)))
