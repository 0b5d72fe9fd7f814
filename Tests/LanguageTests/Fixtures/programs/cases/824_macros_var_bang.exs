# var! reaches the caller's variable
defmodule Setter do
  defmacro set_result(value) do
    quote do
      var!(result) = unquote(value)
    end
  end
end

defmodule Caller do
  require Setter
  def run do
    Setter.set_result(42)
    result
  end
end

IO.inspect(Caller.run())
