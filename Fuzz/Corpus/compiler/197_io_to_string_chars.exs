# String.Chars for numbers, atoms, lists; errors for tuples and maps.
IO.puts(to_string(3.0))
IO.puts(to_string(1.0e100))
IO.puts(to_string('charlist'))
IO.puts(to_string(["io", ?d, "ata"]))
IO.puts("#{:"quoted atom"}")
IO.puts(Kernel.to_string(true))
try do
  to_string({:a, :tuple})
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end
try do
  "#{Map.new()}"
rescue
  e in Protocol.UndefinedError -> IO.inspect(e.protocol)
end
