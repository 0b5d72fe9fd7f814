# A pure generator threaded through map_reduce: no process dictionary involved.
defmodule Walk do
  def steps(seed, n) do
    {moves, _} = Enum.map_reduce(1..n, :rand.seed_s(:exrop, seed), fn _, state ->
      {roll, state} = :rand.uniform_s(4, state)
      {Enum.at([:up, :down, :left, :right], roll - 1), state}
    end)
    moves
  end
end
IO.inspect(Walk.steps({9, 9, 9}, 8))
IO.inspect(Walk.steps({9, 9, 9}, 8) == Walk.steps({9, 9, 9}, 8))
IO.inspect(Walk.steps(5, 5))
IO.inspect(Process.get(:rand_seed))
