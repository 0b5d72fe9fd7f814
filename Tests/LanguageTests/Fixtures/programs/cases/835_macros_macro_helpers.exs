# a macro's code may call functions of its own module and the library
defmodule Build do
  def names(count), do: Enum.map(1..count, &:"f#{&1}")

  defmacro define_all(count) do
    for {name, index} <- Enum.with_index(names(count), 1) do
      quote do
        def unquote(name)(), do: unquote(index) * 10
      end
    end
  end
end

defmodule Many do
  require Build
  Build.define_all(3)
end

IO.inspect({Many.f1(), Many.f2(), Many.f3()})
