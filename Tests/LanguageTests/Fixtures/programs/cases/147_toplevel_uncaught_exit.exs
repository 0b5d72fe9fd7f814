# exit/1 with a non-normal reason at top level ends the script with status 1.
IO.puts("exiting")
exit({:shutdown_reason, 42})
