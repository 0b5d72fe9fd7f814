# m.key on a missing key raises KeyError; Map.fetch! too.
m = Map.new([{:present, true}])
try do
  m.absent
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
try do
  Map.fetch!(m, :absent)
rescue
  e in KeyError -> IO.inspect({e.key, e.term})
end
try do
  Map.fetch!(Map.new([{"k", 1}]), "x")
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
IO.inspect(m.present)
