# Module attributes as compile-time constants.
defmodule ServerConfig do
  @default_port 4000
  @names ~w(alpha beta)a
  @greeting "hi"
  @doc "Returns the port."
  def port, do: @default_port
  def names, do: @names
  @greeting "hello"
  def greeting, do: @greeting
  def doubled, do: @default_port * 2
end
IO.inspect(ServerConfig.port())
IO.inspect(ServerConfig.names())
IO.inspect(ServerConfig.greeting())
IO.inspect(ServerConfig.doubled())
