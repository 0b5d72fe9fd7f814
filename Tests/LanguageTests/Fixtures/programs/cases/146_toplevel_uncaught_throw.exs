# An uncaught throw at top level.
IO.puts("about to throw")
caught = catch_value = (try do throw(:first) catch v -> v end)
IO.inspect({caught, catch_value}, label: "the first throw was caught")
throw({:nobody, :catches, [1, 2]})
IO.puts("never printed")
