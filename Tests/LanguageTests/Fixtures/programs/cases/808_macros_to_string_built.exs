# Macro.to_string of forms built by hand and by unquote
IO.puts(Macro.to_string({:+, [], [1, 2]}))
IO.puts(Macro.to_string({:sum, [], [1, 2, 3]}))
IO.puts(Macro.to_string({:x, [], nil}))
n = 3
IO.puts(Macro.to_string(quote do: unquote(n) * unquote(n)))
IO.puts(Macro.to_string(quote do: if(x > 1, do: :big, else: :small)))
