# The init/1 of a DynamicSupervisor started with options: the flags DynamicSupervisor.init/1 made.
defmodule DynamicSupervisor.Default do
  def init(flags), do: flags
end
