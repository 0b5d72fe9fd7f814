# Patterns nest through tuples, lists and maps.
data = {:user, %{name: "Lin", tags: [:admin, :dev], address: {:city, "Oslo"}}}
{:user, %{name: name, tags: [first_tag | _], address: {:city, city}}} = data
IO.inspect({name, first_tag, city})
[{:a, x}, {:b, [y, z]}] = [{:a, 1}, {:b, [2, 3]}]
IO.inspect(x + y + z)
[[inner]] = [[:deep]]
IO.inspect(inner)
%{outer: %{inner: %{value: v}}} = %{outer: %{inner: %{value: 42, extra: 0}}}
IO.inspect(v)
