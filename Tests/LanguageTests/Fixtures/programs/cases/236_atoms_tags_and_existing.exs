# Atoms as tags; String.to_existing_atom refuses unknown atoms.
status = fn
  :ok -> "fine"
  :error -> "broken"
  other when is_atom(other) -> "unknown atom " <> Atom.to_string(other)
end
IO.inspect(Enum.map([:ok, :error, :maybe], status))
IO.inspect(Enum.sort([:zeta, :alpha, :Beta, :"1x"]))
IO.inspect(:ok == String.to_existing_atom("ok"))
try do
  String.to_existing_atom("surely_no_atom_has_this_name_" <> Integer.to_string(12345))
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
