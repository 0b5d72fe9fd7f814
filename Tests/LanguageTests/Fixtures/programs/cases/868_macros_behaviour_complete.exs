# a module implementing every callback of its behaviour gets no warning
defmodule Parser do
  @callback parse(String.t()) :: {:ok, term} | {:error, String.t()}
  @callback extensions() :: [String.t()]

  def parse_with(module, text), do: module.parse(text)
end

defmodule IntParser do
  @behaviour Parser
  @impl true
  def parse(text) do
    case Integer.parse(text) do
      {n, ""} -> {:ok, n}
      _ -> {:error, "not an integer: " <> text}
    end
  end

  @impl true
  def extensions, do: [".int"]
end

IO.inspect(Parser.parse_with(IntParser, "42"))
IO.inspect(Parser.parse_with(IntParser, "4x"))
IO.inspect(IntParser.extensions())
