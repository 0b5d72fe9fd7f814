# Macro.to_string of common forms
IO.puts(Macro.to_string(quote do: fn x -> x * 2 end))
IO.puts(Macro.to_string(quote do: %{a: 1, b: [2, 3]}))
IO.puts(Macro.to_string(quote do: x |> Enum.map(&(&1 + 1)) |> Enum.sum()))
IO.puts(Macro.to_string(quote do: a and (b or c)))
IO.puts(Macro.to_string(quote do: {:error, reason} = result))
IO.puts(Macro.to_string(quote do: "hello #{name}!"))
