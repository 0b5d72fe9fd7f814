# exit(:normal) at top level stops the script quietly with status 0.
IO.puts("before exit")
Process.sleep(10)
IO.inspect(Process.alive?(self()))
exit(:normal)
IO.puts("never printed")
