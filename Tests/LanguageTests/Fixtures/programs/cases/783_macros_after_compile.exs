# @after_compile calls __after_compile__/2 once the module is compiled; @before_compile may name {Mod, :fun}
defmodule Hooks do
  defmacro add_names(env) do
    IO.puts("adding names to #{inspect(env.module)}")

    quote do
      def names, do: @names
    end
  end

  def __after_compile__(env, bytecode) do
    IO.puts("compiled #{inspect(env.module)}, bytecode is a binary: #{is_binary(bytecode)}")
  end
end

defmodule Names do
  @names [:alpha, :beta]
  @before_compile {Hooks, :add_names}
  @after_compile Hooks
  def first, do: hd(names())
end

defmodule SelfHook do
  @after_compile __MODULE__
  def __after_compile__(env, _bytecode), do: IO.puts("self hook for #{inspect(env.module)}")
end

IO.inspect(Names.first())
IO.inspect(Names.names())
