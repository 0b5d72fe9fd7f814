# exit/1 with a non-normal reason at top level ends the script with status 1.
IO.puts("exiting")
r = try do exit(:caught_one) catch :exit, why -> why end
IO.inspect(r, label: "the first exit was caught")
exit({:shutdown_reason, 42})
IO.puts("never printed")
