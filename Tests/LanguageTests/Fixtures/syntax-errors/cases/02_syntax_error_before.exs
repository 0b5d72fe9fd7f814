IO.puts(1, )
