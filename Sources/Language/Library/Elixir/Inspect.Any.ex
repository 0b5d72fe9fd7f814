# Inspect for everything without its own implementation: proctor's inspect prints it.
defmodule Inspect.Any do
  def inspect(term, opts), do: {:doc_inspect, Inspect.Rendered.prepare(term, opts)}
end
