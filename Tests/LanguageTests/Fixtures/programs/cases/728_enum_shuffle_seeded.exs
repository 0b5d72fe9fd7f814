# Enum.shuffle from a seeded generator, and what stays true of any shuffle.
:rand.seed(:exsss, {1, 2, 3})
IO.inspect(Enum.shuffle(1..10))
IO.inspect(Enum.shuffle([:a, :b, :c]))
IO.inspect(Enum.shuffle([]))
IO.inspect(Enum.shuffle(%{x: 1, y: 2}))
:rand.seed(:exsss, 2024)
deck = for suit <- [:hearts, :spades], rank <- 1..4, do: {suit, rank}
shuffled = Enum.shuffle(deck)
IO.inspect(shuffled)
IO.inspect(Enum.sort(shuffled) == Enum.sort(deck))
