# __CALLER__.line and __CALLER__.file
defmodule Here do
  defmacro line, do: __CALLER__.line
  defmacro file, do: __CALLER__.file |> String.split("/") |> List.last()
end

defmodule Use do
  require Here
  def where do
    {Here.line(), Here.file()}
  end
end

IO.inspect(Use.where())
