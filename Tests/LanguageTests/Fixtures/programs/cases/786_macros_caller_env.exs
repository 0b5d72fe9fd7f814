# __CALLER__ is a %Macro.Env{} with the caller's module, function, line, aliases and requires
defmodule Deep.Util.Text do
  def shout(s), do: String.upcase(s) <> "!"
end

defmodule Inspector do
  defmacro env_info do
    env = __CALLER__
    IO.inspect(is_struct(env, Macro.Env))
    IO.inspect({env.module, env.function, env.line, Path.basename(env.file)})
    IO.inspect(env.context)
    IO.inspect(Keyword.get(env.aliases, Short))
    IO.inspect(Inspector in env.requires)
    IO.inspect(Map.keys(env) |> length())
    %Macro.Env{module: module} = env
    IO.inspect(module)
    :ok
  end
end

defmodule Caller do
  require Inspector
  alias Deep.Util.Text, as: Short
  def info, do: Inspector.env_info()
  def use_short, do: Short.shout("s")
end

IO.inspect(Caller.info())
IO.inspect(Caller.use_short())
