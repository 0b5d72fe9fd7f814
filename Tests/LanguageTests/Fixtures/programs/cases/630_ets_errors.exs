# :ets refuses bad arguments with the BEAM's ArgumentError texts; an uncaught one shows the call.
t = :ets.new(:t, [])
attempts = [
  fn -> :ets.new("name", []) end,
  fn -> :ets.new(:x, :set) end,
  fn -> :ets.new(:x, [:unknown]) end,
  fn -> :ets.new(:x, [{:keypos, 0}]) end,
  fn -> :ets.new(:dup, [:named_table]); :ets.new(:dup, [:named_table]) end,
  fn -> :ets.insert(t, :not_a_tuple) end,
  fn -> :ets.insert(t, {}) end,
  fn -> :ets.insert(t, [{1}, :x]) end,
  fn -> :ets.insert(:ets.new(:kp, [{:keypos, 3}]), {1, 2}) end,
  fn -> :ets.lookup("table", 1) end,
  fn -> :ets.info(t, :bogus) end,
  fn -> :ets.info(:no_table) end,
  fn -> :ets.give_away(t, self(), :data) end,
  fn -> :ets.delete(t); :ets.insert(t, {1}) end,
  fn -> :ets.delete(t) end
]
for attempt <- attempts do
  try do
    IO.inspect(attempt.())
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
:ets.lookup(:no_table, 1)
