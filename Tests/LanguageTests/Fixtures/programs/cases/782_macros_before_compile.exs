# @before_compile runs the macro __before_compile__/1 once the module body is read; its forms join the module
defmodule Registry2 do
  defmacro __using__(_opts) do
    quote do
      import Registry2, only: [command: 1]
      Module.register_attribute(__MODULE__, :commands, accumulate: true)
      @before_compile Registry2
    end
  end

  defmacro command(name) do
    quote do
      @commands unquote(name)
    end
  end

  defmacro __before_compile__(env) do
    IO.puts("finishing #{inspect(env.module)}")
    quote do
      def commands, do: Enum.reverse(@commands)
      def count, do: length(@commands)
    end
  end
end

defmodule Shell do
  use Registry2
  command :ls
  command :cd
  command :pwd
end

IO.inspect(Shell.commands())
IO.inspect(Shell.count())
