{:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)
{:ok, _} = Registry.register(PubSub, {:room, 1}, :alice)
{:ok, _} = Registry.register(PubSub, {:room, 1}, :bob)
{:ok, _} = Registry.register(PubSub, {:room, 2}, :carol)

in_room_one = Registry.select(PubSub, [{{{:room, 1}, :_, :"$1"}, [], [:"$1"]}])
IO.inspect(Enum.sort(in_room_one))

by_room = Registry.select(PubSub, [{{{:room, :"$1"}, :_, :"$2"}, [], [{{:"$1", :"$2"}}]}])
IO.inspect(Enum.sort(by_room))

whole = Registry.select(PubSub, [{{:"$1", :"$2", :"$3"}, [{:==, :"$3", :carol}], [{{:"$1", :"$3"}}]}])
IO.inspect(whole)

all_vars = Registry.select(PubSub, [{{:"$1", :_, :"$2"}, [{:"=:=", :"$2", :bob}], [:"$$"]}])
IO.inspect(all_vars)

IO.inspect(Registry.count_match(PubSub, {:room, 1}, :_))
IO.inspect(Registry.count_match(PubSub, {:room, 1}, :bob))
