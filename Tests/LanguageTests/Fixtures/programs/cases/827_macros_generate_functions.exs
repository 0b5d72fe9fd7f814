# a macro called in a module body defines functions
defmodule Gen do
  defmacro getter(name, value) do
    quote do
      def unquote(name)(), do: unquote(value)
    end
  end
end

defmodule Settings do
  require Gen
  Gen.getter(:port, 4000)
  Gen.getter(:host, "localhost")
end

IO.inspect(Settings.port())
IO.inspect(Settings.host())
