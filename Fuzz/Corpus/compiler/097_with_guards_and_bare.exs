# with clauses can use guards; bare expressions and map patterns work too.
check = fn m ->
  with %{age: age} when age >= 18 <- m,
       name = String.capitalize(m.name),
       {:ok, city} <- Map.fetch(m, :city) do
    "#{name} (#{age}) from #{city}"
  else
    %{age: _} -> "too young or missing city"
    :error -> "no city"
  end
end
IO.puts(check.(%{name: "eve", age: 30, city: "Rome"}))
IO.puts(check.(%{name: "kid", age: 9, city: "Rome"}))
IO.puts(check.(%{name: "max", age: 40}))
