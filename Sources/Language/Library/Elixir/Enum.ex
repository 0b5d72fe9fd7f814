# Enum: every function goes through `reduce` (lists, ranges, maps, MapSets, streams).
defmodule Enum do
  def reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)
  def reduce(%Range{first: first, last: last, step: step}, acc, fun), do: reduce_range(first, last, step, acc, fun)
  def reduce(%MapSet{map: map}, acc, fun), do: reduce_list(Map.keys(map), acc, fun)
  def reduce(%Stream{reduce: reducer}, acc, fun), do: reducer.(acc, fn x, acc -> {:cont, fun.(x, acc)} end)
  def reduce(%{__struct__: _} = data, acc, fun) do
    {:done, result} = Enumerable.reduce(data, {:cont, acc}, fn x, acc -> {:cont, fun.(x, acc)} end)
    result
  end
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

  def reduce_while(%Range{first: first, last: last, step: step}, acc, fun), do: reduce_while_range(first, last, step, acc, fun)
  def reduce_while(%Stream{reduce: reducer}, acc, fun), do: reducer.(acc, fun)
  def reduce_while(%{__struct__: module} = data, acc, fun) when module not in [MapSet] do
    {_, result} = Enumerable.reduce(data, {:cont, acc}, fun)
    result
  end
  def reduce_while(enumerable, acc, fun), do: reduce_while_list(to_list(enumerable), acc, fun)
  defp reduce_while_list([], acc, _fun), do: acc
  defp reduce_while_list([x | rest], acc, fun) do
    case fun.(x, acc) do
      {:cont, next} -> reduce_while_list(rest, next, fun)
      {:halt, last} -> last
    end
  end
  defp reduce_while_range(first, last, step, acc, _fun) when step > 0 and first > last, do: acc
  defp reduce_while_range(first, last, step, acc, _fun) when step < 0 and first < last, do: acc
  defp reduce_while_range(first, last, step, acc, fun) do
    case fun.(first, acc) do
      {:cont, next} -> reduce_while_range(first + step, last, step, next, fun)
      {:halt, final} -> final
    end
  end

  def to_list(list) when is_list(list), do: list
  def to_list(enumerable), do: enumerable |> reverse() |> :lists.reverse()

  def reverse(list) when is_list(list), do: :lists.reverse(list)
  def reverse(enumerable), do: reduce(enumerable, [], fn x, acc -> [x | acc] end)
  def reverse(enumerable, tail), do: :lists.reverse(to_list(enumerable), to_list(tail))
  def reverse_slice(enumerable, start, count) do
    {front, rest} = split(enumerable, start)
    {middle, back} = split(rest, count)
    front ++ :lists.reverse(middle) ++ back
  end

  def map(list, fun) when is_list(list), do: map_list(list, fun, [])
  def map(%Range{first: first, last: last, step: step}, fun), do: map_range(first, last, step, fun, [])
  def map(enumerable, fun), do: enumerable |> reduce([], fn x, acc -> [fun.(x) | acc] end) |> :lists.reverse()
  defp map_list([x | rest], fun, acc), do: map_list(rest, fun, [fun.(x) | acc])
  defp map_list([], _fun, acc), do: :lists.reverse(acc)
  defp map_range(first, last, step, _fun, acc) when step > 0 and first > last, do: :lists.reverse(acc)
  defp map_range(first, last, step, _fun, acc) when step < 0 and first < last, do: :lists.reverse(acc)
  defp map_range(first, last, step, fun, acc), do: map_range(first + step, last, step, fun, [fun.(first) | acc])
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)
  def map_every(enumerable, nth, fun) do
    {list, _} = reduce(enumerable, {[], 0}, fn x, {acc, i} ->
      if rem(i, nth) == 0, do: {[fun.(x) | acc], i + 1}, else: {[x | acc], i + 1}
    end)
    :lists.reverse(list)
  end
  def map_reduce(enumerable, acc, fun) do
    {list, final} = reduce(enumerable, {[], acc}, fn x, {items, acc} ->
      {item, next} = fun.(x, acc)
      {[item | items], next}
    end)
    {:lists.reverse(list), final}
  end
  def flat_map_reduce(enumerable, acc, fun) do
    {list, final} = reduce_while(enumerable, {[], acc}, fn x, {items, acc} ->
      case fun.(x, acc) do
        {:halt, next} -> {:halt, {items, next}}
        {more, next} -> {:cont, {reverse(more, items), next}}
      end
    end)
    {:lists.reverse(list), final}
  end
  def each(enumerable, fun) do
    reduce(enumerable, nil, fn x, _ -> fun.(x) end)
    :ok
  end
  def filter(enumerable, fun), do: enumerable |> reduce([], fn x, acc -> if fun.(x), do: [x | acc], else: acc end) |> :lists.reverse()
  def reject(enumerable, fun), do: enumerable |> reduce([], fn x, acc -> if fun.(x), do: acc, else: [x | acc] end) |> :lists.reverse()
  def split_with(enumerable, fun) do
    {yes, no} = reduce(enumerable, {[], []}, fn x, {yes, no} -> if fun.(x), do: {[x | yes], no}, else: {yes, [x | no]} end)
    {:lists.reverse(yes), :lists.reverse(no)}
  end

  def sum(list) when is_list(list), do: sum_list(list, 0)
  def sum(%Range{first: first, last: last, step: step}) when (step > 0 and first > last) or (step < 0 and first < last), do: 0
  def sum(%Range{first: first, last: last, step: step}), do: div((div(last - first, step) + 1) * (first + last - rem(last - first, step)), 2)
  def sum(enumerable), do: reduce(enumerable, 0, fn x, acc -> x + acc end)
  defp sum_list([x | rest], acc), do: sum_list(rest, x + acc)
  defp sum_list([], acc), do: acc
  def product(enumerable), do: reduce(enumerable, 1, fn x, acc -> acc * x end)
  def count(list) when is_list(list), do: length(list)
  def count(%Range{} = range), do: Range.size(range)
  def count(%{__struct__: module} = data) when module not in [Range, MapSet, Stream] do
    case Enumerable.count(data) do
      {:ok, count} -> count
      {:error, _} -> reduce(data, 0, fn _, acc -> acc + 1 end)
    end
  end
  def count(enumerable), do: reduce(enumerable, 0, fn _, acc -> acc + 1 end)
  def count(enumerable, fun), do: reduce(enumerable, 0, fn x, acc -> if fun.(x), do: acc + 1, else: acc end)
  def count_until(enumerable, limit), do: count_until(enumerable, fn _ -> true end, limit)
  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0 do
    reduce_while(enumerable, 0, fn x, acc ->
      next = if fun.(x), do: acc + 1, else: acc
      if next >= limit, do: {:halt, next}, else: {:cont, next}
    end)
  end
  def member?(%Range{first: first, last: last, step: step}, value) when is_integer(value) do
    if step > 0 do
      value >= first and value <= last and rem(value - first, step) == 0
    else
      value <= first and value >= last and rem(value - first, step) == 0
    end
  end
  def member?(%MapSet{map: map}, value), do: Map.has_key?(map, value)
  def member?(%{__struct__: module} = data, value) when module not in [Range, Stream] do
    case Enumerable.member?(data, value) do
      {:ok, member?} -> member?
      {:error, _} -> find_first(data, fn x -> x === value end) != :none
    end
  end
  def member?(enumerable, value), do: find_first(enumerable, fn x -> x === value end) != :none

  def join(enumerable, separator \\ "") do
    enumerable
    |> reduce([], fn x, acc -> [entry_to_string(x) | acc] end)
    |> join_reversed(separator, [])
    |> IO.iodata_to_binary()
  end
  defp join_reversed([], _separator, iodata), do: iodata
  defp join_reversed([first], _separator, iodata), do: [first | iodata]
  defp join_reversed([x | rest], separator, iodata), do: join_reversed(rest, separator, [separator, x | iodata])
  defp entry_to_string(x) when is_binary(x), do: x
  defp entry_to_string(x), do: to_string(x)
  def map_join(enumerable, separator \\ "", fun), do: enumerable |> map(fun) |> join(separator)
  def intersperse(enumerable, separator) do
    case to_list(enumerable) do
      [] -> []
      [first | rest] -> [first | flat_map(rest, fn x -> [separator, x] end)]
    end
  end

  def with_index(enumerable, offset \\ 0)
  def with_index(enumerable, fun) when is_function(fun, 2) do
    {list, _} = reduce(enumerable, {[], 0}, fn x, {acc, i} -> {[fun.(x, i) | acc], i + 1} end)
    :lists.reverse(list)
  end
  def with_index(enumerable, offset) do
    {list, _} = reduce(enumerable, {[], offset}, fn x, {acc, i} -> {[{x, i} | acc], i + 1} end)
    :lists.reverse(list)
  end

  def zip(%Stream{} = left, right), do: left |> Stream.zip(right) |> to_list()
  def zip(left, %Stream{} = right), do: left |> Stream.zip(right) |> to_list()
  def zip(left, right) when is_list(left) and is_list(right), do: zip_lists(left, right, [])
  def zip(left, right) when is_list(right), do: zip_along(left, right, fn a, b -> {a, b} end)
  def zip(left, right) when is_list(left), do: zip_along(right, left, fn b, a -> {a, b} end)
  def zip(left, right), do: zip_along(left, to_list(right), fn a, b -> {a, b} end)
  defp zip_lists([a | as], [b | bs], acc), do: zip_lists(as, bs, [{a, b} | acc])
  defp zip_lists(_, _, acc), do: :lists.reverse(acc)

  # Walks an enumerable only as far as the list beside it goes, so a list zipped with
  # a huge range takes as many elements as the list has.
  defp zip_along(_enumerable, [], _pair), do: []
  defp zip_along(enumerable, list, pair) do
    {pairs, _} =
      reduce_while(enumerable, {[], list}, fn x, {pairs, [y | rest]} ->
        next = {[pair.(x, y) | pairs], rest}
        if rest == [], do: {:halt, next}, else: {:cont, next}
      end)
    :lists.reverse(pairs)
  end
  def zip(enumerables), do: zip_with(enumerables, fn items -> List.to_tuple(items) end)
  def zip_with(left, right, fun), do: zip(left, right) |> map(fn {a, b} -> fun.(a, b) end)
  def zip_with(enumerables, fun), do: zip_many(map(enumerables, &to_list/1), fun, [])
  defp zip_many([], _fun, acc), do: :lists.reverse(acc)
  defp zip_many(lists, fun, acc) do
    if any?(lists, fn list -> list == [] end) do
      :lists.reverse(acc)
    else
      zip_many(map(lists, &tl/1), fun, [fun.(map(lists, &hd/1)) | acc])
    end
  end
  def zip_reduce(left, right, acc, fun), do: reduce(zip(left, right), acc, fn {a, b}, acc -> fun.(a, b, acc) end)
  def unzip(enumerable) do
    {lefts, rights} = reduce(enumerable, {[], []}, fn {a, b}, {lefts, rights} -> {[a | lefts], [b | rights]} end)
    {:lists.reverse(lefts), :lists.reverse(rights)}
  end

  def sort(enumerable), do: :proctor.sort(to_list(enumerable))
  def sort(enumerable, :asc), do: sort(enumerable)
  def sort(enumerable, :desc), do: merge_sort(to_list(enumerable), fn a, b -> a >= b end)
  def sort(enumerable, sorter), do: merge_sort(to_list(enumerable), sorter(sorter))
  def sort_by(enumerable, mapper, order \\ :asc) do
    compare = sorter(order)
    enumerable
    |> map(fn x -> {mapper.(x), x} end)
    |> merge_sort(fn {a, _}, {b, _} -> compare.(a, b) end)
    |> map(fn {_, x} -> x end)
  end
  defp sorter(:asc), do: fn a, b -> a <= b end
  defp sorter(:desc), do: fn a, b -> a >= b end
  defp sorter(fun) when is_function(fun, 2), do: fun
  defp sorter(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp sorter({:asc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp sorter({:desc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :lt)
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

  def into(enumerable, collectable), do: into_collectable(enumerable, collectable)
  def into(enumerable, collectable, transform), do: enumerable |> map(transform) |> into_collectable(collectable)
  defp into_collectable(enumerable, %MapSet{} = set), do: MapSet.union(set, MapSet.new(enumerable))
  defp into_collectable(enumerable, %{} = map) when not is_struct(map) do
    reduce(enumerable, map, fn
      {k, v}, acc -> Map.put(acc, k, v)
      _, _ -> raise ArgumentError
    end)
  end
  defp into_collectable(enumerable, list) when is_list(list), do: list ++ to_list(enumerable)
  defp into_collectable(enumerable, text) when is_binary(text), do: reduce(enumerable, text, fn x, acc -> <<acc::bitstring, x::bitstring>> end)
  defp into_collectable(enumerable, other) do
    {initial, collector} = Collectable.into(other)
    enumerable |> reduce(initial, fn x, acc -> collector.(acc, {:cont, x}) end) |> collector.(:done)
  end

  def find(enumerable, default \\ nil, fun) do
    case find_first(enumerable, fun) do
      {:found, x} -> x
      :none -> default
    end
  end
  defp find_first(enumerable, fun), do: reduce_while(enumerable, :none, fn x, _ -> if fun.(x), do: {:halt, {:found, x}}, else: {:cont, :none} end)
  def find_index(enumerable, fun) do
    result = reduce_while(enumerable, 0, fn x, index -> if fun.(x), do: {:halt, {:found, index}}, else: {:cont, index + 1} end)
    case result do
      {:found, index} -> index
      _ -> nil
    end
  end
  def find_value(enumerable, default \\ nil, fun) do
    reduce_while(enumerable, default, fn x, default ->
      value = fun.(x)
      if value, do: {:halt, value}, else: {:cont, default}
    end)
  end
  def any?(enumerable, fun \\ fn x -> x end), do: find_first(enumerable, fn x -> fun.(x) end) != :none
  def all?(enumerable, fun \\ fn x -> x end), do: find_first(enumerable, fn x -> !fun.(x) end) == :none
  def empty?(%MapSet{map: map}), do: map_size(map) == 0
  def empty?(%{} = map) when not is_struct(map), do: map_size(map) == 0
  def empty?(enumerable), do: to_list(enumerable) == []

  def max(enumerable, sorter \\ &>=/2, empty_fallback \\ fn -> raise Enum.EmptyError, "empty error" end),
    do: pick(enumerable, fn x -> x end, sorter, empty_fallback, :max)
  def min(enumerable, sorter \\ &<=/2, empty_fallback \\ fn -> raise Enum.EmptyError, "empty error" end),
    do: pick(enumerable, fn x -> x end, sorter, empty_fallback, :min)
  def max_by(enumerable, fun, sorter \\ &>=/2, empty_fallback \\ fn -> raise Enum.EmptyError, "empty error" end),
    do: pick(enumerable, fun, sorter, empty_fallback, :max)
  def min_by(enumerable, fun, sorter \\ &<=/2, empty_fallback \\ fn -> raise Enum.EmptyError, "empty error" end),
    do: pick(enumerable, fun, sorter, empty_fallback, :min)
  defp pick(enumerable, fun, fallback, _, direction) when is_function(fallback, 0), do: pick(enumerable, fun, direction, fallback, direction)
  defp pick(enumerable, fun, sorter, empty_fallback, direction) do
    compare = pick_sorter(sorter, direction)
    case to_list(enumerable) do
      [] -> empty_fallback.()
      [first | rest] ->
        {best, _} = reduce(rest, {first, fun.(first)}, fn x, {best, key} ->
          other = fun.(x)
          if compare.(key, other), do: {best, key}, else: {x, other}
        end)
        best
    end
  end
  defp pick_sorter(fun, _direction) when is_function(fun, 2), do: fun
  defp pick_sorter(order, _direction) when order in [:min, :asc], do: &<=/2
  defp pick_sorter(order, _direction) when order in [:max, :desc], do: &>=/2
  defp pick_sorter(module, :max) when is_atom(module), do: &(module.compare(&1, &2) != :lt)
  defp pick_sorter(module, :min) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  def min_max(enumerable, empty_fallback \\ fn -> raise Enum.EmptyError, "empty error" end) do
    case to_list(enumerable) do
      [] -> empty_fallback.()
      list -> {min(list), max(list)}
    end
  end
  def min_max_by(enumerable, fun, empty_fallback \\ fn -> raise Enum.EmptyError, "empty error" end) do
    case to_list(enumerable) do
      [] -> empty_fallback.()
      list -> {min_by(list, fun), max_by(list, fun)}
    end
  end

  def take(_enumerable, 0), do: []
  def take(list, count) when is_list(list) and is_integer(count) and count > 0, do: take_list(list, count, [])
  def take(enumerable, count) when is_integer(count) and count > 0 do
    {taken, _} = reduce_while(enumerable, {[], count}, fn x, {acc, left} ->
      if left == 1, do: {:halt, {[x | acc], 0}}, else: {:cont, {[x | acc], left - 1}}
    end)
    :lists.reverse(taken)
  end
  def take(enumerable, count) when is_integer(count) do
    list = to_list(enumerable)
    drop_list(list, length(list) + count)
  end
  defp take_list([x | rest], count, acc) when count > 0, do: take_list(rest, count - 1, [x | acc])
  defp take_list(_, _, acc), do: :lists.reverse(acc)
  def drop(enumerable, count) when is_integer(count) and count >= 0, do: drop_list(to_list(enumerable), count)
  def drop(enumerable, count) when is_integer(count) do
    list = to_list(enumerable)
    take_list(list, length(list) + count, [])
  end
  defp drop_list([_ | rest], count) when count > 0, do: drop_list(rest, count - 1)
  defp drop_list(list, _), do: list
  def split(enumerable, count) when count >= 0, do: split_list(to_list(enumerable), count, [])
  def split(enumerable, count) do
    list = to_list(enumerable)
    split_list(list, Kernel.max(length(list) + count, 0), [])
  end
  defp split_list([x | rest], count, acc) when count > 0, do: split_list(rest, count - 1, [x | acc])
  defp split_list(rest, _count, acc), do: {:lists.reverse(acc), rest}
  def take_while(enumerable, fun) do
    enumerable
    |> reduce_while([], fn x, acc -> if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc} end)
    |> :lists.reverse()
  end
  def drop_while(enumerable, fun), do: elem(split_while(enumerable, fun), 1)
  def split_while(enumerable, fun), do: split_while_list(to_list(enumerable), fun, [])
  defp split_while_list([x | rest] = list, fun, acc) do
    if fun.(x), do: split_while_list(rest, fun, [x | acc]), else: {:lists.reverse(acc), list}
  end
  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}
  def take_every(_enumerable, 0), do: []
  def take_every(enumerable, nth), do: enumerable |> with_index() |> filter(fn {_, i} -> rem(i, nth) == 0 end) |> map(fn {x, _} -> x end)
  def drop_every(enumerable, 0), do: to_list(enumerable)
  def drop_every(enumerable, nth), do: enumerable |> with_index() |> reject(fn {_, i} -> rem(i, nth) == 0 end) |> map(fn {x, _} -> x end)

  def flat_map(enumerable, fun), do: enumerable |> reduce([], fn x, acc -> reverse(fun.(x), acc) end) |> :lists.reverse()
  def concat(enumerables), do: flat_map(enumerables, &to_list/1)
  def concat(left, right), do: to_list(left) ++ to_list(right)
  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)
  def uniq_by(enumerable, fun) do
    {list, _} = reduce(enumerable, {[], %{}}, fn x, {acc, seen} ->
      key = fun.(x)
      if Map.has_key?(seen, key), do: {acc, seen}, else: {[x | acc], Map.put(seen, key, true)}
    end)
    :lists.reverse(list)
  end
  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)
  def dedup_by(enumerable, fun) do
    {list, _} = reduce(enumerable, {[], :proctor_none}, fn x, {acc, previous} ->
      key = fun.(x)
      if acc != [] and key === previous, do: {acc, previous}, else: {[x | acc], key}
    end)
    :lists.reverse(list)
  end

  def at(enumerable, index, default \\ nil) do
    case fetch(enumerable, index) do
      {:ok, x} -> x
      :error -> default
    end
  end
  def fetch(%Range{first: first, last: last, step: step}, index) when is_integer(index) do
    count = if (step > 0 and first > last) or (step < 0 and first < last), do: 0, else: div(last - first, step) + 1
    position = if index < 0, do: count + index, else: index
    if position >= 0 and position < count, do: {:ok, first + position * step}, else: :error
  end
  def fetch(enumerable, index) when is_integer(index) and index < 0 do
    list = to_list(enumerable)
    if length(list) + index < 0, do: :error, else: fetch(list, length(list) + index)
  end
  def fetch(enumerable, index) when is_integer(index) do
    found =
      reduce_while(enumerable, {:error, index}, fn
        x, {:error, 0} -> {:halt, {:ok, x}}
        _, {:error, left} -> {:cont, {:error, left - 1}}
      end)
    with {:error, _} <- found, do: :error
  end
  def fetch!(enumerable, index) do
    case fetch(enumerable, index) do
      {:ok, x} -> x
      :error -> raise Enum.OutOfBoundsError, "out of bounds error"
    end
  end

  def slice(enumerable, %Range{first: first, last: last, step: step}) do
    list = to_list(enumerable)
    size = length(list)
    first = if first < 0, do: first + size, else: first
    last = if last < 0, do: last + size, else: last
    if first >= size or first < 0 and last < 0 or (first > last and step > 0) do
      []
    else
      first = Kernel.max(first, 0)
      list |> drop_list(first) |> take_list(Kernel.min(last, size - 1) - first + 1, []) |> take_every(step)
    end
  end
  def slice(enumerable, start, amount) when is_integer(start) and is_integer(amount) and amount >= 0 do
    list = to_list(enumerable)
    size = length(list)
    start = if start < 0, do: start + size, else: start
    if start < 0, do: [], else: list |> drop_list(start) |> take_list(amount, [])
  end

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])
  def chunk_every(enumerable, count, step, leftover \\ []) when is_integer(count) and count > 0 and is_integer(step) and step > 0,
    do: chunk_list(to_list(enumerable), count, step, leftover, [])
  defp chunk_list([], _count, _step, _leftover, acc), do: :lists.reverse(acc)
  defp chunk_list(list, count, step, leftover, acc) do
    chunk = take_list(list, count, [])
    cond do
      length(chunk) == count ->
        chunk_list(drop_list(list, step), count, step, leftover, [chunk | acc])
      leftover == :discard -> :lists.reverse(acc)
      true -> :lists.reverse([chunk ++ take_list(to_list(leftover), count - length(chunk), []) | acc])
    end
  end
  def chunk_by(enumerable, fun) do
    chunk_while(enumerable, nil, fn
      x, nil -> {:cont, {fun.(x), [x]}}
      x, {key, items} ->
        new_key = fun.(x)
        if new_key === key, do: {:cont, {key, [x | items]}}, else: {:cont, :lists.reverse(items), {new_key, [x]}}
    end, fn
      nil -> {:cont, nil}
      {_, items} -> {:cont, :lists.reverse(items), nil}
    end)
  end
  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {chunks, final} = reduce_while(enumerable, {[], acc}, fn x, {chunks, acc} ->
      case chunk_fun.(x, acc) do
        {:cont, chunk, next} -> {:cont, {[chunk | chunks], next}}
        {:cont, next} -> {:cont, {chunks, next}}
        {:halt, next} -> {:halt, {chunks, next}}
      end
    end)
    case after_fun.(final) do
      {:cont, chunk, _} -> :lists.reverse([chunk | chunks])
      {:cont, _} -> :lists.reverse(chunks)
    end
  end
  def slide(enumerable, index, insertion_index) do
    list = to_list(enumerable)
    size = length(list)
    {first, last} = slide_bounds(index, size)
    insertion_index = if insertion_index < 0, do: insertion_index + size, else: insertion_index
    moved = list |> drop_list(first) |> take_list(last - first + 1, [])
    rest = take_list(list, first, []) ++ drop_list(list, last + 1)
    target = if insertion_index > last, do: insertion_index - length(moved) + 1, else: insertion_index
    {front, back} = split_list(rest, target, [])
    front ++ moved ++ back
  end
  defp slide_bounds(%Range{first: first, last: last}, size),
    do: {if(first < 0, do: first + size, else: first), if(last < 0, do: last + size, else: last)}
  defp slide_bounds(index, size) do
    index = if index < 0, do: index + size, else: index
    {index, index}
  end

  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end) do
    enumerable
    |> reverse()
    |> reduce(%{}, fn x, acc -> Map.update(acc, key_fun.(x), [value_fun.(x)], fn values -> [value_fun.(x) | values] end) end)
  end
  def frequencies(enumerable), do: enumerable |> to_list() |> count_each(%{})
  defp count_each([key | rest], counts) do
    case counts do
      %{^key => count} -> count_each(rest, %{counts | key => count + 1})
      %{} -> count_each(rest, Map.put(counts, key, 1))
    end
  end
  defp count_each([], counts), do: counts
  def frequencies_by(enumerable, key_fun) do
    reduce(enumerable, %{}, fn x, acc -> Map.update(acc, key_fun.(x), 1, fn n -> n + 1 end) end)
  end
  def scan(enumerable, fun) do
    case to_list(enumerable) do
      [] -> []
      [first | rest] -> [first | scan(rest, first, fun)]
    end
  end
  def scan(enumerable, acc, fun) do
    {list, _} = reduce(enumerable, {[], acc}, fn x, {items, acc} ->
      next = fun.(x, acc)
      {[next | items], next}
    end)
    :lists.reverse(list)
  end

  # Random picks draw from :rand as Elixir's do, so a seeded generator gives Elixir's picks.
  def random(enumerable) when is_list(enumerable) or is_struct(enumerable, Range) or is_struct(enumerable, MapSet) or
                               (is_map(enumerable) and not is_struct(enumerable)) do
    case to_list(enumerable) do
      [] -> raise Enum.EmptyError, "empty error"
      list -> :lists.nth(random_integer(0, length(list) - 1) + 1, list)
    end
  end
  def random(enumerable) do
    case take_random(enumerable, 1) do
      [] -> raise Enum.EmptyError, "empty error"
      [picked] -> picked
    end
  end
  def shuffle(enumerable) do
    enumerable
    |> reduce([], fn x, acc -> [{:rand.uniform(), x} | acc] end)
    |> List.keysort(0)
    |> reduce([], fn {_, x}, acc -> [x | acc] end)
  end
  def take_random(_enumerable, 0), do: []
  def take_random(enumerable, 1) do
    case reduce(enumerable, [], &take_random_one/2) do
      [] -> []
      [picked | _seen] -> [picked]
    end
  end
  def take_random(enumerable, count) when is_integer(count) and count > 1 do
    {size, sample} = reduce(enumerable, {0, %{}}, fn x, {index, sample} -> {index + 1, sample_one(x, index, count, sample)} end)
    for position <- 0..(Kernel.min(count, size) - 1)//1, do: Map.fetch!(sample, position)
  end
  defp take_random_one(x, []), do: [x | 1]
  defp take_random_one(x, [current | seen]) do
    if :rand.uniform(seen + 1) == 1, do: [x | seen + 1], else: [current | seen + 1]
  end
  defp sample_one(x, index, count, sample) do
    slot = random_integer(0, index)
    cond do
      index < count -> sample |> Map.put(index, Map.get(sample, slot)) |> Map.put(slot, x)
      slot < count -> Map.put(sample, slot, x)
      true -> sample
    end
  end
  defp random_integer(low, low), do: low
  defp random_integer(low, high), do: low + :rand.uniform(high - low + 1) - 1
end
