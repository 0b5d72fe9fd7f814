# The Collectable protocol: `Enum.into/2` and `for ... into:` collect into a user struct through
# its `into/1`, which answers `{initial, collector}`; the collector takes `{:cont, x}`, then `:done`.
defprotocol Collectable do
  def into(collectable)
end
