# get_in/put_in/update_in/pop_in with keys and Access functions.
data = %{users: [%{name: "a", score: 1}, %{name: "b", score: 5}], meta: %{count: 2}}
IO.inspect(get_in(data, [:meta, :count]))
IO.inspect(get_in(data, [:users, Access.at(1), :name]))
IO.inspect(get_in(data, [:users, Access.all(), :score]))
IO.inspect(update_in(data, [:users, Access.all(), :score], &(&1 * 10)).users)
IO.inspect(put_in(data, [:meta, :updated], true).meta)
IO.inspect(pop_in(data, [:meta, :count]) |> elem(0))
IO.inspect(get_in(%{a: nil}, [:a, :b]))
IO.inspect(data[:meta][:count])
