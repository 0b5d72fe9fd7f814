/// The Enum module of the prelude.
extension Prelude {
    static let enumSource = #"""
    defmodule Enum do
      def reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)
      def reduce(%Range{first: first, last: last, step: step}, acc, fun), do: reduce_range(first, last, step, acc, fun)
      def reduce(other, acc, fun), do: reduce_list(:proctor.to_list(other), acc, fun)

      def reduce([head | tail], fun), do: reduce(tail, head, fun)
      def reduce(enumerable, fun) do
        case to_list(enumerable) do
          [head | tail] -> reduce(tail, head, fun)
          [] -> raise Enum.EmptyError, "empty error"
        end
      end

      defp reduce_list([], acc, _fun), do: acc
      defp reduce_list([head | tail], acc, fun), do: reduce_list(tail, fun.(head, acc), fun)

      defp reduce_range(first, last, step, acc, _fun) when step > 0 and first > last, do: acc
      defp reduce_range(first, last, step, acc, _fun) when step < 0 and first < last, do: acc
      defp reduce_range(first, last, step, acc, fun), do: reduce_range(first + step, last, step, fun.(first, acc), fun)

      def to_list(list) when is_list(list), do: list
      def to_list(enumerable), do: reverse(enumerable)  |> :lists.reverse()

      def reverse(enumerable), do: reduce(enumerable, [], fn x, acc -> [x | acc] end)
      def map(enumerable, fun), do: reduce(enumerable, [], fn x, acc -> [fun.(x) | acc] end) |> :lists.reverse()
      def each(enumerable, fun) do
        reduce(enumerable, nil, fn x, _ -> fun.(x) end)
        :ok
      end
      def filter(enumerable, fun), do: reduce(enumerable, [], fn x, acc -> if fun.(x), do: [x | acc], else: acc end) |> :lists.reverse()
      def reject(enumerable, fun), do: reduce(enumerable, [], fn x, acc -> if fun.(x), do: acc, else: [x | acc] end) |> :lists.reverse()
      def sum(enumerable), do: reduce(enumerable, 0, fn x, acc -> acc + x end)
      def product(enumerable), do: reduce(enumerable, 1, fn x, acc -> acc * x end)
      def count(enumerable), do: reduce(enumerable, 0, fn _, acc -> acc + 1 end)
      def count(enumerable, fun), do: reduce(enumerable, 0, fn x, acc -> if fun.(x), do: acc + 1, else: acc end)
      def member?(enumerable, value), do: reduce(enumerable, false, fn x, acc -> acc or x === value end)
      def join(enumerable, separator \\ "") do
        reduce(enumerable, nil, fn
          x, nil -> to_string(x)
          x, acc -> acc <> separator <> to_string(x)
        end) || ""
      end
      def map_join(enumerable, separator \\ "", fun), do: enumerable |> map(fun) |> join(separator)
      def with_index(enumerable, offset \\ 0) do
        {list, _} = reduce(enumerable, {[], offset}, fn x, {acc, i} -> {[{x, i} | acc], i + 1} end)
        :lists.reverse(list)
      end
      def zip(left, right), do: zip_lists(to_list(left), to_list(right), [])
      defp zip_lists([a | as], [b | bs], acc), do: zip_lists(as, bs, [{a, b} | acc])
      defp zip_lists(_, _, acc), do: :lists.reverse(acc)
      def sort(enumerable), do: :proctor.sort(to_list(enumerable))
      def sort(enumerable, :asc), do: sort(enumerable)
      def sort(enumerable, :desc), do: sort(enumerable) |> :lists.reverse()
      def sort(enumerable, fun), do: merge_sort(to_list(enumerable), fun)
      def sort_by(enumerable, mapper, order \\ :asc) do
        pairs = map(enumerable, fn x -> {mapper.(x), x} end)
        compare = if order == :desc, do: fn {a, _}, {b, _} -> a >= b end, else: fn {a, _}, {b, _} -> a <= b end
        pairs |> merge_sort(compare) |> map(fn {_, x} -> x end)
      end
      defp merge_sort([], _fun), do: []
      defp merge_sort([x], _fun), do: [x]
      defp merge_sort(list, fun) do
        {left, right} = split_half(list, [], list)
        merge(merge_sort(left, fun), merge_sort(right, fun), fun, [])
      end
      defp split_half([x | rest], acc, [_, _ | fast]), do: split_half(rest, [x | acc], fast)
      defp split_half(rest, acc, _), do: {:lists.reverse(acc), rest}
      defp merge([], right, _fun, acc), do: :lists.reverse(acc, right)
      defp merge(left, [], _fun, acc), do: :lists.reverse(acc, left)
      defp merge([a | as] = left, [b | bs] = right, fun, acc) do
        if fun.(a, b), do: merge(as, right, fun, [a | acc]), else: merge(left, bs, fun, [b | acc])
      end
      def into(enumerable, %{} = map), do: reduce(enumerable, map, fn {k, v}, acc -> Map.put(acc, k, v) end)
      def into(enumerable, list) when is_list(list), do: list ++ to_list(enumerable)
      def find(enumerable, default \\ nil, fun) do
        case find_list(to_list(enumerable), fun) do
          {:found, x} -> x
          :none -> default
        end
      end
      defp find_list([], _fun), do: :none
      defp find_list([x | rest], fun), do: if(fun.(x), do: {:found, x}, else: find_list(rest, fun))
      def any?(enumerable, fun \\ fn x -> x end), do: find_list(to_list(enumerable), fn x -> fun.(x) end) != :none
      def all?(enumerable, fun \\ fn x -> x end), do: find_list(to_list(enumerable), fn x -> !fun.(x) end) == :none
      def empty?(enumerable), do: to_list(enumerable) == []
      def max(enumerable), do: reduce(enumerable, fn x, acc -> if x > acc, do: x, else: acc end)
      def min(enumerable), do: reduce(enumerable, fn x, acc -> if x < acc, do: x, else: acc end)
      def take(enumerable, count), do: take_list(to_list(enumerable), count, [])
      defp take_list([x | rest], count, acc) when count > 0, do: take_list(rest, count - 1, [x | acc])
      defp take_list(_, _, acc), do: :lists.reverse(acc)
      def drop(enumerable, count), do: drop_list(to_list(enumerable), count)
      defp drop_list([_ | rest], count) when count > 0, do: drop_list(rest, count - 1)
      defp drop_list(list, _), do: list
      def flat_map(enumerable, fun), do: reduce(enumerable, [], fn x, acc -> :lists.reverse(to_list(fun.(x)), acc) end) |> :lists.reverse()
      def uniq(enumerable) do
        {list, _} = reduce(enumerable, {[], %{}}, fn x, {acc, seen} ->
          if Map.has_key?(seen, x), do: {acc, seen}, else: {[x | acc], Map.put(seen, x, true)}
        end)
        :lists.reverse(list)
      end
      def at(enumerable, index, default \\ nil) do
        case drop(enumerable, index) do
          [x | _] -> x
          [] -> default
        end
      end
      def concat(left, right), do: to_list(left) ++ to_list(right)
    end
    """#
}
