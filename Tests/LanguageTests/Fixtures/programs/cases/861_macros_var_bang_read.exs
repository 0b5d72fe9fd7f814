# var! reads the caller's variable from inside a macro
defmodule Reader do
  defmacro double_it do
    quote do
      var!(value) * 2
    end
  end
end

defmodule Use do
  require Reader
  def run(value), do: Reader.double_it()
end

IO.inspect(Use.run(21))
