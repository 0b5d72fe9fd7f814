# An uncaught MatchError ends the script with exit code 1.
IO.puts("start")
{:ok, found} = Map.fetch(%{a: 1}, :a)
IO.inspect(found)
{:ok, value} = Map.fetch(%{a: 1}, :b)
IO.puts("never printed #{value}")
