# exit(:normal) at top level stops the script quietly with status 0.
IO.puts("before exit")
exit(:normal)
