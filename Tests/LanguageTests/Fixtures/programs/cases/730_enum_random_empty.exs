# Enum.random of nothing raises Enum.EmptyError, uncaught here.
IO.inspect(Enum.random([1]))
try do
  Enum.random(Stream.map([], & &1))
rescue
  e -> IO.inspect(e)
end
Enum.random([])
