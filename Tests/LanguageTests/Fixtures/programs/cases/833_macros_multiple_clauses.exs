# macros with several clauses match on the quoted arguments
defmodule Kind do
  defmacro kind(x) when is_integer(x), do: :integer_literal
  defmacro kind({name, _, context}) when is_atom(name) and is_atom(context), do: :variable
  defmacro kind(_), do: :other
end

defmodule Probe do
  require Kind
  def run do
    v = 1
    _ = v
    {Kind.kind(7), Kind.kind(v), Kind.kind(v + 1)}
  end
end

IO.inspect(Probe.run())
