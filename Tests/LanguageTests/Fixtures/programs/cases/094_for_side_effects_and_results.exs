# for returns a list even when used for side effects.
r = for i <- 1..3 do
  IO.puts("step #{i}")
  i
end
IO.inspect(r)
IO.inspect(for x <- [1, 2, 3], x > 5, do: x)
matrix = for i <- 1..3, do: for(j <- 1..3, do: i * j)
IO.inspect(matrix)
IO.inspect(for {k, v} <- [a: 1, b: 2], do: "#{k}=#{v}")
