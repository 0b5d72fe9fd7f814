# A crash inside the fn given to Enum.map at top level names the fn's line and the call's.
IO.puts("mapping")

doubled =
  Enum.map(["1", "2", "three"], fn text ->
    value = String.to_integer(text)
    value * 2
  end)

IO.inspect(doubled)
