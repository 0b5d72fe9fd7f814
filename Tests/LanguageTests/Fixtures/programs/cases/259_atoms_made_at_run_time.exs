# Atoms made from text at run time: interpolation, String/List conversions, Module.concat,
# and the BEAM's limit of 255 characters per atom.
IO.inspect(:"user_#{40 + 2}")
IO.inspect(String.to_atom("hello world"))
IO.inspect(List.to_atom(~c"from_chars"))
IO.inspect(Module.concat(Shop, "Cart"))
IO.inspect(String.to_atom(String.duplicate("é", 255)) |> Atom.to_string() |> String.length())
IO.inspect(String.to_existing_atom("ok"))
IO.inspect(String.to_existing_atom("shutdown"))

for make <- [
      fn -> String.to_atom(String.duplicate("a", 256)) end,
      fn -> List.to_atom(String.to_charlist(String.duplicate("a", 300))) end,
      fn -> :"#{String.duplicate("b", 256)}" end
    ] do
  try do
    make.()
  rescue
    e -> IO.inspect(e)
  end
end

try do
  String.to_existing_atom("surely_nobody_made_this_atom")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

String.to_atom(String.duplicate("z", 256))
