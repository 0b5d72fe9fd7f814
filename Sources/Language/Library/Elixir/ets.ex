# Erlang's `:ets`, the functions that run a match specification or a function over a table's
# objects (in the table's order; proctor's hashed tables keep the order keys were first
# inserted). The table itself and its other functions are builtins (`TableBuiltins.swift`).
defmodule :ets do
  def foldl(fun, acc, table), do: :lists.foldl(fun, acc, :ets.tab2list(table))
  def foldr(fun, acc, table), do: :lists.foldr(fun, acc, :ets.tab2list(table))

  def match(table, pattern), do: select(table, [{pattern, [], [:"$$"]}])
  def match_object(table, pattern), do: select(table, [{pattern, [], [:"$_"]}])

  def match_delete(table, pattern) do
    select_delete(table, [{pattern, [], [true]}])
    true
  end

  def select(table, spec) do
    objects = :ets.tab2list(table)
    Registry.MatchSpec.select(checked_spec(spec), objects)
  end

  def select_count(table, spec) do
    table |> selected_objects(spec) |> length()
  end

  def select_delete(table, spec) do
    doomed = selected_objects(table, spec)
    Enum.each(doomed, &:ets.delete_object(table, &1))
    length(doomed)
  end

  # The objects for which the specification's body gives `true`.
  defp selected_objects(table, spec) do
    objects = :ets.tab2list(table)
    marked = Enum.map(checked_spec(spec), fn {pattern, guards, body} -> {pattern, guards, [{{body |> List.last(), :"$_"}}]} end)
    for {true, object} <- Registry.MatchSpec.select(marked, objects), do: object
  end

  defp checked_spec(spec) do
    if is_list(spec) and Enum.all?(spec, &match?({_, guards, [_ | _]} when is_list(guards), &1)) do
      spec
    else
      :erlang.error(:badarg, [spec])
    end
  end
end
