IO.puts(count + 1)
