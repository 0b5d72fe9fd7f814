# An uncaught MatchError ends the script with exit code 1.
IO.puts("start")
{:ok, value} = Map.fetch(%{a: 1}, :b)
IO.puts("never printed #{value}")
