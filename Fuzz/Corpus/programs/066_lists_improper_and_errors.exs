# hd/tl on an empty list raise ArgumentError; improper lists print with |.
IO.inspect([1, 2 | 3])
IO.inspect(tl([1 | :tail]))
try do
  hd(List.delete([1], 1))
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  length([1 | List.first([:improper])])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(List.improper?([1 | 2]))
IO.puts("done")
