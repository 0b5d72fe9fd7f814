# Enum functions on non-enumerables raise Protocol.UndefinedError.
try do
  Enum.map(String.to_atom("an_atom"), & &1)
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end
try do
  Enum.count(List.to_tuple([1, 2]))
rescue
  e in Protocol.UndefinedError -> IO.inspect(e.value)
end
try do
  Enum.sum(String.duplicate("a", 3))
rescue
  e in Protocol.UndefinedError -> IO.inspect(e.protocol)
end
