# variables a macro introduces do not clash with the caller's
defmodule Hygiene do
  defmacro set_y do
    quote do
      y = 100
      y
    end
  end
end

defmodule Caller do
  require Hygiene
  def run do
    y = 1
    inner = Hygiene.set_y()
    {y, inner}
  end
end

IO.inspect(Caller.run())
