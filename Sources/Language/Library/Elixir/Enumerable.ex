# The Enumerable protocol: `Enum` and `Stream` reach a user struct's elements through `reduce/3`
# (with `{:cont, acc}`, `{:halt, acc}` and `{:suspend, acc}`, as Elixir's contract), and ask
# `count/1` and `member?/2` first. Lists, maps, ranges, MapSets and streams implement it (`Enumerable.List.ex`, ...).
defprotocol Enumerable do
  def count(enumerable)
  def member?(enumerable, element)
  def reduce(enumerable, acc, fun)
  def slice(enumerable)
end
