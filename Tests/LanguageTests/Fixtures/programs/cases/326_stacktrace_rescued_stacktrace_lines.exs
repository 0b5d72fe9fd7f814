# __STACKTRACE__ in a rescue holds the line of each call, not of its last argument.
defmodule Lines do
  def run(list) do
    list
    |> Enum.map(fn x -> x + 1 end)
    |> explode(
      :now
    )
  end

  def explode(_list, _when) do
    raise "boom"
  end
end

try do
  Lines.run([1])
rescue
  e ->
    IO.puts(Exception.message(e))

    for {module, function, arity, location} <- Enum.take(__STACKTRACE__, 2) do
      IO.inspect({module, function, arity, Keyword.get(location, :line)})
    end
end
