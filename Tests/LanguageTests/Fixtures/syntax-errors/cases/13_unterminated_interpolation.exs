IO.puts("#{1 + ")
