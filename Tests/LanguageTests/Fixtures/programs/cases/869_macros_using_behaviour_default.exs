# __using__ declaring a behaviour and giving overridable defaults is not needed here:
# a plain injected default plus a callback the user module writes
defmodule Handler do
  @callback handle(term) :: term

  defmacro __using__(_opts) do
    quote do
      @behaviour Handler
      def run(values), do: Enum.map(values, &handle/1)
    end
  end
end

defmodule Doubler do
  use Handler
  def handle(x), do: x * 2
end

IO.inspect(Doubler.run([1, 2, 3]))
