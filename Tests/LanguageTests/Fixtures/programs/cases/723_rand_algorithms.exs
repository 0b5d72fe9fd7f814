# exsplus, exsp and exrop, each seeded with the same triple.
for alg <- [:exsplus, :exsp, :exrop, :exsss] do
  :rand.seed(alg, {10, 20, 30})
  ints = for _ <- 1..5, do: :rand.uniform(1000)
  IO.inspect({alg, ints, :rand.uniform()})
end
:rand.seed(:exrop, {-1, 0, 123_456_789_012_345_678_901})
IO.inspect(:rand.uniform(6))
