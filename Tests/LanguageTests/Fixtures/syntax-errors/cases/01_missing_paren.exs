IO.puts("a", "b"
