defmodule Settings do
  @moduledoc "Settings."
  @enforce_keys [:name]
  defstruct [:name]
  @limit 10
  @limit 20
  @unused :never_read
  @greeting "hello"
  @ok_tag :ok
  @doc "Says hello."
  def greet, do: @greeting
  def check(@ok_tag), do: true
  def check(_), do: false
  def limit, do: @limit
end
IO.puts(Settings.greet())
IO.inspect(Settings.check(:ok))
IO.inspect(Settings.limit())
