# export_seed, and seed/1 with an exported or a whole state, for each algorithm.
for alg <- [:exsss, :exsp, :exsplus, :exrop] do
  :rand.seed(alg, {7, 7, 7})
  _ = :rand.uniform(100)
  saved = :rand.export_seed()
  next = for _ <- 1..3, do: :rand.uniform(100)
  :rand.seed(saved)
  again = for _ <- 1..3, do: :rand.uniform(100)
  IO.inspect({alg, elem(saved, 0), next, next == again})
end
state = :rand.seed_s(:exsss, 1)
IO.inspect(:rand.seed(state) == state)
