# Multiple generators nest like loops; later ones can use earlier variables.
IO.inspect(for x <- [1, 2], y <- [:a, :b], do: {x, y})
IO.inspect(for i <- 1..3, j <- i..3, do: {i, j})
triples = for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c}
IO.inspect(triples)
IO.inspect(for row <- [[1, 2], [3, 4]], x <- row, do: x * 2)
