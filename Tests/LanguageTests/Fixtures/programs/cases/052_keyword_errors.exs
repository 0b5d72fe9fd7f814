# Keyword.fetch! and friends raise KeyError.
kw = [a: 1]
try do
  Keyword.fetch!(kw, :b)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
try do
  Keyword.update!(kw, :c, &(&1 + 1))
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
IO.inspect(Keyword.fetch!(kw, :a))
