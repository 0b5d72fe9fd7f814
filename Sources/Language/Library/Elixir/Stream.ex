# Lazy streams: a `%Stream{}` holds a reducer `fn acc, fun -> acc end` that feeds elements to `fun`
# (which answers `{:cont, acc}` or `{:halt, acc}`) only when an Enum function asks for them.
defmodule Stream do
  defstruct reduce: nil

  def map(enumerable, mapper), do: through(enumerable, fn fun -> fn x, acc -> fun.(mapper.(x), acc) end end)
  def filter(enumerable, keep?), do: through(enumerable, fn fun -> fn x, acc -> if keep?.(x), do: fun.(x, acc), else: {:cont, acc} end end)
  def reject(enumerable, drop?), do: through(enumerable, fn fun -> fn x, acc -> if drop?.(x), do: {:cont, acc}, else: fun.(x, acc) end end)
  def flat_map(enumerable, mapper) do
    through(enumerable, fn fun ->
      fn x, acc ->
        {status, next} = Enum.reduce_while(mapper.(x), {:cont, acc}, fn y, {_, acc} ->
          case fun.(y, acc) do
            {:cont, next} -> {:cont, {:cont, next}}
            {:halt, next} -> {:halt, {:halt, next}}
          end
        end)
        {status, next}
      end
    end)
  end
  def each(enumerable, fun), do: map(enumerable, fn x -> fun.(x); x end)

  def with_index(enumerable, offset \\ 0) do
    stateful(enumerable, offset, fn x, index, fun, acc -> {fun.({x, index}, acc), index + 1} end)
  end
  def take(_enumerable, 0), do: %Stream{reduce: fn acc, _fun -> acc end}
  def take(enumerable, count) when is_integer(count) and count > 0 do
    stateful(enumerable, count, fn x, left, fun, acc ->
      case fun.(x, acc) do
        {:cont, next} when left == 1 -> {{:halt, next}, 0}
        result -> {result, left - 1}
      end
    end)
  end
  def drop(enumerable, count) when is_integer(count) and count >= 0 do
    stateful(enumerable, count, fn x, left, fun, acc ->
      if left > 0, do: {{:cont, acc}, left - 1}, else: {fun.(x, acc), 0}
    end)
  end
  def take_while(enumerable, keep?) do
    through(enumerable, fn fun -> fn x, acc -> if keep?.(x), do: fun.(x, acc), else: {:halt, acc} end end)
  end
  def drop_while(enumerable, drop?) do
    stateful(enumerable, true, fn x, dropping, fun, acc ->
      if dropping and drop?.(x), do: {{:cont, acc}, true}, else: {fun.(x, acc), false}
    end)
  end
  def concat(enumerables), do: flat_map(enumerables, fn enumerable -> enumerable end)
  def concat(left, right), do: concat([left, right])

  def iterate(start, next), do: %Stream{reduce: fn acc, fun -> iterate_from(start, next, acc, fun) end}
  defp iterate_from(x, next, acc, fun) do
    case fun.(x, acc) do
      {:cont, more} -> iterate_from(next.(x), next, more, fun)
      {:halt, final} -> final
    end
  end
  def repeatedly(generator), do: %Stream{reduce: fn acc, fun -> repeat(generator, acc, fun) end}
  defp repeat(generator, acc, fun) do
    case fun.(generator.(), acc) do
      {:cont, more} -> repeat(generator, more, fun)
      {:halt, final} -> final
    end
  end
  def unfold(state, producer), do: %Stream{reduce: fn acc, fun -> unfold_from(state, producer, acc, fun) end}
  defp unfold_from(state, producer, acc, fun) do
    case producer.(state) do
      nil -> acc
      {x, next_state} ->
        case fun.(x, acc) do
          {:cont, more} -> unfold_from(next_state, producer, more, fun)
          {:halt, final} -> final
        end
    end
  end
  def cycle(enumerable) do
    case Enum.to_list(enumerable) do
      [] -> raise ArgumentError, "cannot cycle over an empty enumerable"
      list -> %Stream{reduce: fn acc, fun -> cycle_list(list, acc, fun) end}
    end
  end
  defp cycle_list(list, acc, fun) do
    case Enum.reduce_while(list, {:cont, acc}, fn x, {_, acc} -> halting(fun.(x, acc)) end) do
      {:cont, more} -> cycle_list(list, more, fun)
      {:halt, final} -> final
    end
  end
  def zip(left, right), do: zip_with(left, right, fn a, b -> {a, b} end)
  def zip_with(left, right, zipper) do
    cond do
      not is_struct(right, Stream) -> zip_with_list(left, Enum.to_list(right), zipper)
      not is_struct(left, Stream) -> zip_with_list(right, Enum.to_list(left), fn b, a -> zipper.(a, b) end)
      true -> raise ArgumentError, "proctor zips a stream only with a finite enumerable (a list, a range, a map), not with another stream"
    end
  end
  defp zip_with_list(_stream, [], _zipper), do: %Stream{reduce: fn acc, _fun -> acc end}
  defp zip_with_list(stream, list, zipper) do
    stateful(stream, list, fn x, [y | rest], fun, acc ->
      case fun.(zipper.(x, y), acc) do
        {:cont, next} when rest == [] -> {{:halt, next}, []}
        result -> {result, rest}
      end
    end)
  end

  def transform(enumerable, initial, transformer) do
    stateful(enumerable, initial, fn x, state, fun, acc ->
      case transformer.(x, state) do
        {:halt, state} -> {{:halt, acc}, state}
        {items, state} -> {emit_all(items, fun, acc), state}
      end
    end)
  end

  def resource(start, next, finish) do
    %Stream{reduce: fn acc, fun -> resource_loop(start.(), next, finish, acc, fun) end}
  end
  defp resource_loop(state, next, finish, acc, fun) do
    case next.(state) do
      {:halt, state} ->
        finish.(state)
        acc
      {items, state} ->
        case emit_all(items, fun, acc) do
          {:cont, acc} -> resource_loop(state, next, finish, acc, fun)
          {:halt, acc} ->
            finish.(state)
            acc
        end
    end
  end

  defp emit_all(items, fun, acc), do: Enum.reduce_while(items, {:cont, acc}, fn y, {_, acc} -> halting(fun.(y, acc)) end)

  def run(enumerable) do
    Enum.reduce(enumerable, nil, fn _, _ -> nil end)
    :ok
  end

  defp halting({:cont, acc}), do: {:cont, {:cont, acc}}
  defp halting({:halt, acc}), do: {:halt, {:halt, acc}}

  defp through(enumerable, wrap) do
    %Stream{reduce: fn acc, fun -> Enum.reduce_while(enumerable, acc, wrap.(fun)) end}
  end
  defp stateful(enumerable, initial, step) do
    %Stream{
      reduce: fn acc, fun ->
        {final, _} =
          Enum.reduce_while(enumerable, {acc, initial}, fn x, {acc, state} ->
            case step.(x, state, fun, acc) do
              {{:cont, next}, new_state} -> {:cont, {next, new_state}}
              {{:halt, next}, new_state} -> {:halt, {next, new_state}}
            end
          end)
        final
      end
    }
  end
end
