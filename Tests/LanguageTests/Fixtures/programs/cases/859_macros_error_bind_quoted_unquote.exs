# with bind_quoted, unquote stays quoted
defmodule Gen do
  defmacro make(value) do
    quote bind_quoted: [value: value] do
      value * 2
    end
  end
end

defmodule Use do
  require Gen
  def run, do: Gen.make(21)
end

IO.inspect(Use.run())
