# __MODULE__ in injected code is the module that uses it
defmodule Named do
  defmacro __using__(_opts) do
    quote do
      def name, do: __MODULE__
      def describe, do: "I am #{inspect(__MODULE__)}"
    end
  end
end

defmodule Alpha do
  use Named
end

defmodule Beta do
  use Named
  def extra, do: name()
end

IO.inspect(Alpha.name())
IO.puts(Beta.describe())
IO.inspect(Beta.extra())
