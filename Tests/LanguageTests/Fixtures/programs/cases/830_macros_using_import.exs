# __using__ can import helpers into the module that uses it
defmodule Helpers do
  def double(x), do: x * 2
end

defmodule Toolkit do
  defmacro __using__(_opts) do
    quote do
      import Helpers
    end
  end
end

defmodule Worker do
  use Toolkit
  def run(x), do: double(x) + 1
end

IO.inspect(Worker.run(5))
