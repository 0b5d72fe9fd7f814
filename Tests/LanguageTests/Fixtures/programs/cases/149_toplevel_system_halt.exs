# System.halt/1 sets the exit status.
IO.puts("halting with 3")
System.halt(3)
