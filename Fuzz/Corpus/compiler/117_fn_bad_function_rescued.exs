# Calling something that is not a function raises BadFunctionError.
not_fun = Enum.at([:not_a_function], 0)
try do
  not_fun.(1)
rescue
  e in BadFunctionError -> IO.puts(Exception.message(e))
end
try do
  Enum.at(["string"], 0).()
rescue
  e in BadFunctionError -> IO.inspect(e.term)
end
IO.puts("still running")
