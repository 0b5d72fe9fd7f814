# A process can rescue its own errors and report them as messages.
parent = self()
spawn(fn ->
  result =
    try do
      Enum.fetch!([1, 2], 10)
    rescue
      e in Enum.OutOfBoundsError -> {:rescued, Exception.message(e)}
    end
  send(parent, result)
end)
receive do
  msg -> IO.inspect(msg)
end
spawn(fn ->
  r = try do
    throw(:from_child)
  catch
    v -> {:caught_in_child, v}
  end
  send(parent, r)
end)
receive do
  msg -> IO.inspect(msg)
end
