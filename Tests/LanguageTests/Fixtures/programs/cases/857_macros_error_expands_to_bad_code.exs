# a macro whose expansion does not compile: the error points at the call
defmodule Broken do
  defmacro use_missing do
    quote do
      undefined_helper(1)
    end
  end
end

defmodule Use do
  require Broken
  def run, do: Broken.use_missing()
end

IO.puts("never printed")
