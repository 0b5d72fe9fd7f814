IO.puts("before")
IO.inspect(~r/a/z)
