# System.halt/1 stops at once and sets the exit status.
IO.puts("halting with 3")
spawn(fn -> Process.sleep(500); IO.puts("never printed") end)
IO.inspect(1 + 1)
System.halt(3)
IO.puts("never printed")
