# An :ets ordered set keeps its keys in term order, and walks them with first/next/last/prev.
t = :ets.new(:ranks, [:ordered_set, :named_table])
IO.inspect(t)
:ets.insert(:ranks, [{30, :c}, {10, :a}, {20, :b}, {:atom, :x}, {"str", :y}])
IO.inspect(:ets.tab2list(:ranks))
IO.inspect(:ets.first(:ranks))
IO.inspect(:ets.next(:ranks, 10))
IO.inspect(:ets.next(:ranks, 15))
IO.inspect(:ets.prev(:ranks, 20))
IO.inspect(:ets.last(:ranks))
IO.inspect(:ets.next(:ranks, "str"))
IO.inspect(:ets.prev(:ranks, 10))
:ets.insert(:ranks, {10.0, :float})
IO.inspect(:ets.lookup(:ranks, 10))
IO.inspect(:ets.info(:ranks, :size))
walk = fn walk, key, acc ->
  case key do
    :"$end_of_table" -> Enum.reverse(acc)
    key -> walk.(walk, :ets.next(:ranks, key), [key | acc])
  end
end
IO.inspect(walk.(walk, :ets.first(:ranks), []))
IO.inspect(:ets.foldl(fn {_, v}, acc -> [v | acc] end, [], :ranks))
IO.inspect(:ets.foldr(fn {_, v}, acc -> [v | acc] end, [], :ranks))
e = :ets.new(:empty, [:ordered_set])
IO.inspect({:ets.first(e), :ets.last(e), :ets.next(e, 1)})
s = :ets.new(:plain, [])
IO.inspect(:ets.first(s))
:ets.insert(s, {:only, 1})
IO.inspect({:ets.first(s), :ets.next(s, :only), :ets.last(s)})
try do
  :ets.next(s, :missing)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(:ets.whereis(:nothing))
IO.inspect(is_reference(:ets.whereis(:ranks)))
IO.inspect(:ets.rename(:ranks, :renamed))
IO.inspect({:ets.info(:renamed, :size), :ets.whereis(:ranks)})
