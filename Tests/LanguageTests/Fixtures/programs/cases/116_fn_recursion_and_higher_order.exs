# Anonymous recursion by passing the function to itself, and higher-order helpers.
fact = fn
  0, _self -> 1
  n, self -> n * self.(n - 1, self)
end
IO.inspect(fact.(10, fact))
twice = fn f -> fn x -> f.(f.(x)) end end
IO.inspect(twice.(&(&1 * 3)).(2))
apply_n = fn f, n, x -> Enum.reduce(1..n, x, fn _, acc -> f.(acc) end) end
IO.inspect(apply_n.(&(&1 <> "!"), 3, "hey"))
IO.inspect(Enum.map([&String.upcase/1, &String.reverse/1], & &1.("abc")))
