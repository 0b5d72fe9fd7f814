# The Inspect protocol: `inspect/2` and `IO.inspect/2` print a user struct that implements it
# with the document its `inspect/2` returns (see `Inspect.Algebra`); everything else prints as
# proctor's own inspect prints it (`Inspect.Any`).
defprotocol Inspect do
  @fallback_to_any true
  def inspect(term, opts)
end
