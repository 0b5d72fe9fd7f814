IO.puts("Hello from a process: #{inspect(self())}")
