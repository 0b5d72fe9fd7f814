# Enum.each returns :ok and runs in order.
r = Enum.each(["x", "y", "z"], fn s -> IO.puts("item " <> s) end)
IO.inspect(r)
Enum.each(%{b: 2, a: 1}, fn {k, v} -> IO.puts("#{k}: #{v}") end)
Enum.each(1..3, &IO.inspect/1)
Enum.each([], fn _ -> IO.puts("never") end)
Enum.with_index(["zero", "one"]) |> Enum.each(fn {s, i} -> IO.puts("#{i} #{s}") end)
