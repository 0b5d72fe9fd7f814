# a macro's code runs once, when the caller compiles
defmodule Loud do
  defmacro loud(x) do
    IO.puts("expanding")
    quote do: unquote(x) + 1
  end
end

defmodule Quiet do
  require Loud
  def run, do: Loud.loud(1)
end

IO.puts("running")
IO.inspect(Quiet.run())
IO.inspect(Quiet.run())
