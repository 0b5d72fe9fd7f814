# Macro.escape turns values into quoted form
IO.inspect(Macro.escape(1))
IO.inspect(Macro.escape(:a))
IO.inspect(Macro.escape({1, 2}))
IO.inspect(Macro.escape({1, 2, 3}))
IO.inspect(Macro.escape(%{a: {1, 2, 3}}))
IO.inspect(Macro.escape([1, {:x, :y, :z}]))
IO.inspect(Macro.escape("bin"))
IO.inspect(Macro.escape([1 | 2]))
