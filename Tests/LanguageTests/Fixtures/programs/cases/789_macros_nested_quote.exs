# a quote inside a quote keeps its unquotes: a macro may define a macro that quotes
defmodule Gen do
  defmacro defadder(amount) do
    quote do
      defmacro add(x) do
        amount = unquote(amount)
        quote do
          unquote(x) + unquote(amount)
        end
      end
    end
  end
end

defmodule Adders do
  require Gen
  Gen.defadder(10)
end

defmodule UseAdders do
  require Adders
  def run, do: Adders.add(1)
end
IO.inspect(UseAdders.run())

q = quote do
  quote do
    unquote(x) + 1
  end
end
IO.inspect(q)
x = 5
inner = quote do: unquote(x) + 1
IO.inspect(inner)
IO.inspect(quote(do: quote(do: 1 + 2)))
