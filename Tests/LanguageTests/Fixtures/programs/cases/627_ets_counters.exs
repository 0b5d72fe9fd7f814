# :ets.update_counter and update_element change an object in place, in one step.
t = :ets.new(:hits, [])
:ets.insert(t, {:page, 0, 100})
IO.inspect(:ets.update_counter(t, :page, 1))
IO.inspect(:ets.update_counter(t, :page, {2, 5}))
IO.inspect(:ets.update_counter(t, :page, {3, -10}))
IO.inspect(:ets.update_counter(t, :page, [{2, 1}, {3, 1}]))
IO.inspect(:ets.update_counter(t, :page, {2, 100, 50, 0}))
IO.inspect(:ets.update_counter(t, :page, {3, -100, 0, 1000}))
IO.inspect(:ets.update_counter(t, :new, {2, 3}, {:anything, 10}))
IO.inspect(:ets.lookup(t, :new))
IO.inspect(:ets.update_counter(t, :big, 1, {:big, 2 ** 70}))
IO.inspect(:ets.lookup_element(t, :page, 3))
IO.inspect(:ets.update_element(t, :page, {3, :reset}))
IO.inspect(:ets.update_element(t, :page, [{2, :a}, {3, :b}]))
IO.inspect(:ets.update_element(t, :absent, {2, :x}))
IO.inspect(:ets.lookup(t, :page))
b = :ets.new(:b, [:bag])
:ets.insert(b, {:k, 1})
attempts = [
  fn -> :ets.update_counter(t, :missing, 1) end,
  fn -> :ets.update_counter(t, :page, 1) end,
  fn -> :ets.update_counter(t, :new, {1, 1}) end,
  fn -> :ets.update_counter(t, :new, {9, 1}) end,
  fn -> :ets.update_counter(t, :new, :up) end,
  fn -> :ets.update_counter(b, :k, 1) end,
  fn -> :ets.update_element(t, :new, {1, :x}) end,
  fn -> :ets.update_element(t, :new, {7, :x}) end,
  fn -> :ets.update_element(b, :k, {2, :x}) end,
  fn -> :ets.lookup_element(t, :new, 7) end,
  fn -> :ets.lookup_element(t, :missing, 2) end
]
for attempt <- attempts do
  try do
    IO.inspect(attempt.())
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
