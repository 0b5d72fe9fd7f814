# Converting strings to numbers, atoms and charlists.
IO.inspect(String.to_integer("123"))
IO.inspect(String.to_integer("-0042"))
IO.inspect(String.to_integer("7f", 16))
IO.inspect(String.to_float("2.50"))
IO.inspect(String.to_atom("dynamic"))
IO.inspect(String.to_existing_atom("ok"))
IO.inspect(String.to_charlist("abc"))
IO.inspect(Integer.to_string(99) <> "!")
try do
  String.to_integer(Enum.join(["12", "x"]))
rescue
  e in ArgumentError -> IO.puts("ArgumentError: " <> Exception.message(e))
end
