# Out-of-range tuple access raises ArgumentError.
t = List.to_tuple([1, 2])
try do
  elem(t, Enum.count([1, 2, 3]))
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  IO.inspect(put_elem(t, String.to_integer("5"), :x))
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.puts("after errors")
