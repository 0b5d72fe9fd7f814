# Seeded draws over ranges of several sizes, powers of two included.
:rand.seed(:exsss, {100, 200, 300})
for n <- [1, 2, 3, 7, 8, 1024, 1_000_000, 4_294_967_296, 288_230_376_151_711_744] do
  IO.inspect({n, :rand.uniform(n)})
end
:rand.seed(:exrop, {100, 200, 300})
IO.inspect(for n <- [2, 3, 1000, 123_456_789], do: :rand.uniform(n))
:rand.seed(:exsplus, {100, 200, 300})
IO.inspect(for n <- [2, 3, 1000, 123_456_789], do: :rand.uniform(n))
