# Calling a fun with the wrong number of arguments raises BadArityError.
f = fn a, b -> a + b end
IO.inspect(f.(1, 2))
try do
  apply(f, [1])
rescue
  e in BadArityError -> IO.puts(Exception.message(e))
end
try do
  apply(fn -> :x end, [1, 2])
rescue
  e in BadArityError -> IO.inspect(e.args)
end
