# Each process has its own generator; seeding one leaves the others alone.
:rand.seed(:exsss, {1, 1, 1})
parent = self()
spawn(fn ->
  :rand.seed(:exsss, {1, 1, 1})
  send(parent, {:child, for(_ <- 1..3, do: :rand.uniform(1000))})
end)
mine = for _ <- 1..3, do: :rand.uniform(1000)
receive do
  {:child, theirs} -> IO.inspect({mine, theirs, mine == theirs})
end
spawn(fn -> send(parent, {:fresh, :rand.export_seed()}) end)
receive do
  {:fresh, seed} -> IO.inspect(seed)
end
