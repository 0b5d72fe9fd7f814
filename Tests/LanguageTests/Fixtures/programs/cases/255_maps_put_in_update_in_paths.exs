# put_in/update_in with paths of [key] and .field accesses.
m = %{a: %{b: [c: 1]}}
IO.inspect(put_in(m[:a][:b][:c], 2))
IO.inspect(update_in(m.a[:b][:c], &(&1 + 1)))
IO.inspect(put_in(m, [:a, :z], 0))
try do put_in(m.x.y, 1) rescue e -> IO.puts(Exception.message(e)) end
