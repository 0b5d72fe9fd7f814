IO.puts(“hello”)
