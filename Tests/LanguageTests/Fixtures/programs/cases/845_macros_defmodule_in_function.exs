# defmodule inside a function body defines the module when the function runs
defmodule Factory do
  def build do
    defmodule Made do
      def hello, do: :made
    end
    :built
  end
end

IO.inspect(Factory.build())
IO.inspect(Factory.Made.hello())
