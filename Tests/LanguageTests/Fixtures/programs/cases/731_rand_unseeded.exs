# Without a seed, draws still fall in range; each process has its own generator.
xs = for _ <- 1..200, do: :rand.uniform(6)
IO.inspect(Enum.all?(xs, &(&1 in 1..6)))
IO.inspect(xs |> Enum.uniq() |> Enum.sort())
f = :rand.uniform()
IO.inspect(is_float(f) and f >= 0.0 and f < 1.0)
IO.inspect(match?({:exsss, [_ | _]}, :rand.export_seed()))
parent = self()
spawn(fn -> send(parent, {:child, :rand.export_seed()}) end)
receive do
  {:child, seed} -> IO.inspect(seed)
end
n = :rand.normal()
IO.inspect(is_float(n))
IO.inspect(is_float(:rand.normal(10, 4)))
