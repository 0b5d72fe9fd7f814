# %{m | k: v} updates existing keys only; Map.put adds.
m = %{a: 1, b: 2}
IO.inspect(%{m | a: 10})
IO.inspect(%{m | a: 10, b: 20})
IO.inspect(Map.put(m, :c, 3))
IO.inspect(m)
try do
  %{m | c: 3}
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
nested = %{config: %{level: 1}}
IO.inspect(%{nested | config: %{nested.config | level: 2}})
IO.inspect(put_in(nested.config.level, 3))
IO.inspect(update_in(nested, [:config, :level], &(&1 + 10)))
IO.inspect(get_in(nested, [:config, :level]))
