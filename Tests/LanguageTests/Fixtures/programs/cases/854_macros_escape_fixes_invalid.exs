# Macro.escape makes a map fit into quoted form
defmodule Good do
  defmacro config, do: Macro.escape(%{port: 4000, hosts: {"a", "b", "c"}})
end

defmodule Use do
  require Good
  def config, do: Good.config()
end

IO.inspect(Use.config())
