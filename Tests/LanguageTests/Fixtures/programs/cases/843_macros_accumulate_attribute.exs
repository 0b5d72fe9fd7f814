# Module.register_attribute with accumulate: true collects every value, newest first
defmodule Registry1 do
  Module.register_attribute(__MODULE__, :handlers, accumulate: true)
  @handlers :first
  @handlers :second
  @handlers {:third, 3}
  def handlers, do: @handlers
end

IO.inspect(Registry1.handlers())
