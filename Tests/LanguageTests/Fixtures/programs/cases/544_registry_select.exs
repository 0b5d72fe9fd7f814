{:ok, _} = Registry.start_link(keys: :unique, name: Shop)
{:ok, _} = Registry.register(Shop, "apple", 3)
{:ok, _} = Registry.register(Shop, "pear", 7)
{:ok, _} = Registry.register(Shop, "plum", 12)

all = Registry.select(Shop, [{{:"$1", :_, :"$2"}, [], [{{:"$1", :"$2"}}]}])
IO.inspect(Enum.sort(all))

keys = Registry.select(Shop, [{{:"$1", :_, :_}, [], [:"$1"]}])
IO.inspect(Enum.sort(keys))

cheap = Registry.select(Shop, [{{:"$1", :_, :"$2"}, [{:<, :"$2", 10}], [:"$1"]}])
IO.inspect(Enum.sort(cheap))

between = Registry.select(Shop, [{{:"$1", :_, :"$2"}, [{:andalso, {:>, :"$2", 5}, {:"=<", :"$2", 12}}], [{{:"$1", :"$2"}}]}])
IO.inspect(Enum.sort(between))

pids = Registry.select(Shop, [{{:_, :"$1", :_}, [], [:"$1"]}])
IO.inspect(Enum.all?(pids, &(&1 == self())))

exact = Registry.select(Shop, [{{"pear", :_, :"$1"}, [], [{{:price, :"$1"}}]}])
IO.inspect(exact)

IO.inspect(Registry.select(Shop, [{{:_, :_, :"$1"}, [{:>, :"$1", 100}], [:"$1"]}]))
IO.inspect(Registry.count_select(Shop, [{{:_, :_, :"$1"}, [{:>=, :"$1", 7}], [true]}]))
