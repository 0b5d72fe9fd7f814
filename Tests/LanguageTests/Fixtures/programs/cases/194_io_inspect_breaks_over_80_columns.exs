# Pretty printing breaks data that does not fit in 80 columns.
IO.inspect(%{name: "A fairly long name", email: "someone@example.com", roles: [:admin, :editor]})
IO.inspect([
  {:first_item, "with some text"},
  {:second_item, "with more text"},
  {:third_item, "and more"}
])
IO.inspect({:a_long_tag, %{nested: [1, 2, 3], other: "x"}, ["string one", "string two", "three"]})
IO.inspect(Enum.map(1..30, &(&1 * 1000)))
IO.inspect(%{"key one" => %{"inner" => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]}})
IO.inspect([a: String.duplicate("x", 40), b: String.duplicate("y", 40)])
