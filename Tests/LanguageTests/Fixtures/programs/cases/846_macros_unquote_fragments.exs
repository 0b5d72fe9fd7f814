# unquote fragments define one function per element of a list
defmodule Colors do
  for {name, hex} <- [red: "#f00", green: "#0f0", blue: "#00f"] do
    def unquote(name)(), do: unquote(hex)
  end
end

IO.puts(Colors.red())
IO.puts(Colors.blue())
