# inspect width and pretty options.
data = [alpha: 1, beta: [1, 2, 3], gamma: %{deep: "value"}]
IO.inspect(data, width: 20)
IO.inspect(Enum.to_list(1..12), width: 20)
IO.puts(inspect(data, pretty: true, width: 30))
IO.puts(inspect({:tuple, "with a string", [:and, :a, :list]}, width: 25))
IO.inspect(%{a: 1, b: 2}, width: 0)
