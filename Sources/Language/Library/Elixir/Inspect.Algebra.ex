# Inspect.Algebra's documents, as Elixir 1.14 builds them (`:doc_nil`, `{:doc_cons, left, right}`,
# `{:doc_break, " ", :strict}`, ...); proctor lays them out with its own inspect's algorithm.
defmodule Inspect.Algebra do
  def empty, do: :doc_nil
  def string(text) when is_binary(text), do: {:doc_string, text, String.length(text)}
  def concat(left, right), do: {:doc_cons, left, right}
  def concat(docs) when is_list(docs), do: fold_doc(docs, &concat(&1, &2))
  def break(text \\ " ") when is_binary(text), do: {:doc_break, text, :strict}
  def flex_break(text \\ " ") when is_binary(text), do: {:doc_break, text, :flex}
  def glue(left, text \\ " ", right), do: concat(left, concat(break(text), right))
  def flex_glue(left, text \\ " ", right), do: concat(left, concat(flex_break(text), right))
  def space(left, right), do: concat(left, concat(" ", right))
  def line, do: :doc_line
  def line(left, right), do: concat(left, concat(:doc_line, right))
  def nest(doc, level, mode \\ :always)
  def nest(doc, 0, _mode), do: doc
  def nest(doc, level, mode) when (is_integer(level) and level > 0) or level in [:cursor, :reset],
    do: {:doc_nest, doc, level, mode}
  def group(doc, mode \\ :self), do: {:doc_group, doc, mode}
  def force_unfit(doc), do: {:doc_force, doc}
  def color(doc, _color_key, _opts), do: doc

  def fold_doc([], _fun), do: :doc_nil
  def fold_doc([doc], _fun), do: doc
  def fold_doc([doc | docs], fun), do: fun.(doc, fold_doc(docs, fun))

  def to_doc(term, opts), do: {:doc_inspect, Inspect.Rendered.prepare(term, opts)}

  def format(doc, width), do: [:proctor.format_doc(doc, width)]

  def container_doc(left, collection, right, inspect_opts, fun, opts \\ [])
  def container_doc(left, [], right, _inspect_opts, _fun, _opts), do: concat(left, right)
  def container_doc(left, collection, right, inspect_opts, fun, opts) do
    break = Keyword.get(opts, :break, :maybe)
    separator = Keyword.get(opts, :separator, ",")
    {docs, simple?} = container_each(collection, Inspect.Opts.new(inspect_opts).limit, Inspect.Opts.new(inspect_opts), fun, [], break == :maybe)
    flex? = simple? or break == :flex
    docs = fold_doc(docs, &join(&1, &2, flex?, separator))
    if flex? do
      group(concat(concat(left, nest(docs, 1)), right))
    else
      group(glue(nest(glue(left, "", docs), 2), "", right))
    end
  end

  defp container_each([], _limit, _opts, _fun, acc, simple?), do: {:lists.reverse(acc), simple?}
  defp container_each(_, 0, _opts, _fun, acc, simple?), do: {:lists.reverse(["..." | acc]), simple?}
  defp container_each([term | terms], limit, opts, fun, acc, simple?) when is_list(terms) do
    limit = decrement(limit)
    doc = fun.(term, %{opts | limit: limit})
    container_each(terms, limit, opts, fun, [doc | acc], simple? and simple?(doc))
  end
  defp container_each([left | right], limit, opts, fun, acc, simple?) do
    limit = decrement(limit)
    left = fun.(left, %{opts | limit: limit})
    right = fun.(right, %{opts | limit: limit})
    simple? = simple? and simple?(left) and simple?(right)
    {:lists.reverse([join(left, right, simple?, " |") | acc]), simple?}
  end

  defp decrement(:infinity), do: :infinity
  defp decrement(counter), do: counter - 1

  defp join(:doc_nil, :doc_nil, _, _), do: :doc_nil
  defp join(left, :doc_nil, _, _), do: left
  defp join(:doc_nil, right, _, _), do: right
  defp join(left, right, true, separator), do: flex_glue(concat(left, separator), right)
  defp join(left, right, false, separator), do: glue(concat(left, separator), right)

  defp simple?({:doc_cons, left, right}), do: simple?(left) and simple?(right)
  defp simple?({:doc_string, _, _}), do: true
  defp simple?(:doc_nil), do: true
  defp simple?({:doc_inspect, term}), do: not (is_tuple(term) or is_map(term) or (is_list(term) and term != []))
  defp simple?(other), do: is_binary(other)
end
