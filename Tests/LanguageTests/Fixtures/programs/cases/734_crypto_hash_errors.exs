# Data that is not iodata and an unknown digest type.
try do
  :crypto.hash(:md5, 1)
rescue
  e -> IO.inspect(e)
end
try do
  :crypto.hash(:sha256, [:atom])
rescue
  e -> IO.inspect(e.__struct__)
end
try do
  :crypto.hash(:foo, "x")
rescue
  e -> IO.inspect(e)
end
