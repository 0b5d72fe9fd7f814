# Macro.to_string prints quoted forms back as source
IO.puts(Macro.to_string(quote do: 1 + 2 * x))
IO.puts(Macro.to_string(quote do: foo(:a, "b")))
IO.puts(Macro.to_string(quote do: String.upcase(name)))
IO.puts(Macro.to_string(quote do: [1, 2, 3]))
IO.puts(Macro.to_string(quote do: {:ok, value}))
IO.puts(Macro.to_string(quote do: (a + b) * c))
IO.puts(Macro.to_string(quote do
  def foo(a, b) do
    a + b
  end
end))
