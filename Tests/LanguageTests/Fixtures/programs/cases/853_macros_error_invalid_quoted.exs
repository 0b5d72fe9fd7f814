# a macro that returns a value that is not quoted form
defmodule Bad do
  defmacro config, do: %{port: 4000}
end

defmodule Use do
  require Bad
  def port, do: Bad.config()
end

IO.puts("never printed")
