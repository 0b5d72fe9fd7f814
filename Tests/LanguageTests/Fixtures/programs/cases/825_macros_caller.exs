# __CALLER__ describes where the macro is called
defmodule Where do
  defmacro where do
    module = __CALLER__.module
    {name, arity} = __CALLER__.function
    quote do
      {unquote(module), unquote(name), unquote(arity)}
    end
  end
end

defmodule Place do
  require Where
  def here(_a, _b), do: Where.where()
end

IO.inspect(Place.here(1, 2))
