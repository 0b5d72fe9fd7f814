# Dispatch details: a protocol on PIDs, functions and atoms; several functions; an impl calling
# another protocol; impl_for/impl_for! answers; a struct without an implementation.
defprotocol Kind do
  def kind(value)
  def describe(value, verbose)
end

defimpl Kind, for: [PID, Function, Atom, Float] do
  def kind(value) when is_pid(value), do: :pid
  def kind(value) when is_function(value), do: :function
  def kind(value) when is_atom(value), do: :atom
  def kind(_value), do: :float
  def describe(value, true), do: "#{Kind.kind(value)}!"
  def describe(value, false), do: to_string(Kind.kind(value))
end

defmodule Box do
  defstruct value: nil
end

defmodule Main do
  def run do
    IO.inspect(Enum.map([self(), &Main.run/0, :ok, nil, 2.5], &Kind.kind/1))
    IO.inspect(Kind.describe(:x, true))
    IO.inspect(Kind.describe(1.0, false))
    IO.inspect(Kind.impl_for(self()))
    IO.inspect(Kind.impl_for(fn -> 1 end))
    IO.inspect(Kind.impl_for(%Box{}))
    IO.inspect(Kind.__protocol__(:module))
    try do
      Kind.impl_for!(%Box{})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    Kind.describe(%Box{value: 1}, true)
  end
end

Main.run()
