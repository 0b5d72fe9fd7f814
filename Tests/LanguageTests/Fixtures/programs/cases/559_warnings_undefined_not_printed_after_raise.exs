defmodule Broken do
  def call, do: Enum.mapp([1], & &1)
  def boom, do: raise("stop")
end

IO.puts("before the raise")
Broken.boom()
