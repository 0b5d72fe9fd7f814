IO.puts("never printed")
IO.inspect(~T[25:00:00])
