# The after timeout can be a variable, 0 or :infinity.
wait = fn timeout ->
  receive do
    {:msg, v} -> {:got, v}
  after
    timeout -> {:timeout, timeout}
  end
end
IO.inspect(wait.(10))
send(self(), {:msg, 1})
IO.inspect(wait.(:infinity))
IO.inspect(wait.(0))
send(self(), {:msg, 2})
IO.inspect(wait.(0))
r = receive do
after
  5 -> :only_after
end
IO.inspect(r)
