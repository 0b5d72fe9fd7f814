# Anonymous functions close over the values of variables at creation time.
x = 10
add_x = fn y -> x + y end
x = 100
IO.inspect(add_x.(1))
IO.inspect(x)
make_counter = fn start -> fn step -> start + step end end
c = make_counter.(5)
IO.inspect(c.(1))
adders = for n <- 1..3, do: fn v -> v + n end
IO.inspect(Enum.map(adders, fn f -> f.(1000) end))
compose = fn f, g -> fn v -> g.(f.(v)) end end
inc_then_double = compose.(&(&1 + 1), &(&1 * 2))
IO.inspect(inc_then_double.(4))
