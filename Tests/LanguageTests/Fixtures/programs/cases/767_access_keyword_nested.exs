# Keyword-list keys in bracket access, nested and in a function.
defmodule Lookup do
  def find(table), do: table[mode: :fast, level: 2]
end
table = %{[mode: :fast, level: 2] => :turbo, [mode: :slow] => :eco}
IO.inspect(Lookup.find(table))
IO.inspect(table[mode: :slow])
nested = %{config: %{[env: :prod] => "prod.db"}}
IO.inspect(nested[:config][env: :prod])
IO.inspect(Map.get(table, [mode: :slow]) == table[mode: :slow])
