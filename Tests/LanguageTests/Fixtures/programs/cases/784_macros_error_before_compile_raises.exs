# a __before_compile__/1 that raises stops the module's compilation with its exception
defmodule Strict do
  defmacro __before_compile__(env) do
    raise ArgumentError, "#{inspect(env.module)} has no config"
  end
end

defmodule Hooked do
  @before_compile Strict
  def x, do: 1
end

IO.puts("never")
