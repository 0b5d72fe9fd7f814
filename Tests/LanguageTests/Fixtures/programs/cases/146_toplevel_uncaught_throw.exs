# An uncaught throw at top level.
IO.puts("about to throw")
throw({:nobody, :catches, [1, 2]})
