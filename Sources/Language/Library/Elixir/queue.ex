# Erlang's `:queue`: a queue as `{rear, front}`, two lists, the rear reversed, kept in the same
# shape OTP keeps it (so a queue inspects as on the BEAM). A wrong argument raises `:badarg`.
# `in/2`, whose name is a reserved word, is a builtin (`QueueBuiltins.swift`).
defmodule :queue do
  def new(), do: {[], []}

  def is_queue({rear, front}) when is_list(rear) and is_list(front), do: true
  def is_queue(_), do: false

  def is_empty({[], []}), do: true
  def is_empty({rear, front}) when is_list(rear) and is_list(front), do: false
  def is_empty(queue), do: :erlang.error(:badarg)

  def len({rear, front}) when is_list(rear) and is_list(front), do: length(rear) + length(front)
  def len(queue), do: :erlang.error(:badarg)

  def to_list({rear, front}) when is_list(rear) and is_list(front), do: front ++ :lists.reverse(rear)
  def to_list(queue), do: :erlang.error(:badarg)

  def from_list(list) when is_list(list), do: balance_front(list)
  def from_list(list), do: :erlang.error(:badarg)

  def member(item, {rear, front}) when is_list(rear) and is_list(front),
    do: Enum.member?(rear, item) or Enum.member?(front, item)

  def member(item, queue), do: :erlang.error(:badarg)

  def in_r(item, {[], [_] = front}), do: {front, [item]}
  def in_r(item, {rear, front}) when is_list(rear) and is_list(front), do: {rear, [item | front]}
  def in_r(item, queue), do: :erlang.error(:badarg)

  def out({[], []} = queue), do: {:empty, queue}
  def out({[item], []}), do: {{:value, item}, {[], []}}

  def out({[last | rear], []}) do
    [item | front] = :lists.reverse(rear)
    {{:value, item}, {[last], front}}
  end

  def out({rear, [item]}) when is_list(rear), do: {{:value, item}, balance_rear(rear)}
  def out({rear, [item | front]}) when is_list(rear), do: {{:value, item}, {rear, front}}
  def out(queue), do: :erlang.error(:badarg)

  def out_r({[], []} = queue), do: {:empty, queue}
  def out_r({[], [item]}), do: {{:value, item}, {[], []}}

  def out_r({[], [first | front]}) do
    [item | rear] = :lists.reverse(front)
    {{:value, item}, {rear, [first]}}
  end

  def out_r({[item], front}) when is_list(front), do: {{:value, item}, balance_front(front)}
  def out_r({[item | rear], front}) when is_list(front), do: {{:value, item}, {rear, front}}
  def out_r(queue), do: :erlang.error(:badarg)

  def get({[], []} = queue), do: :erlang.error(:empty)
  def get({rear, front}) when is_list(rear) and is_list(front), do: first(rear, front)
  def get(queue), do: :erlang.error(:badarg)

  def get_r({[], []} = queue), do: :erlang.error(:empty)
  def get_r({[item | _], front}) when is_list(front), do: item
  def get_r({[], front}) when is_list(front), do: List.last(front)
  def get_r(queue), do: :erlang.error(:badarg)

  def peek({[], []}), do: :empty
  def peek({rear, front}) when is_list(rear) and is_list(front), do: {:value, first(rear, front)}
  def peek(queue), do: :erlang.error(:badarg)

  def peek_r({[], []}), do: :empty
  def peek_r({[item | _], front}) when is_list(front), do: {:value, item}
  def peek_r({[], front}) when is_list(front), do: {:value, List.last(front)}
  def peek_r(queue), do: :erlang.error(:badarg)

  def drop({[], []} = queue), do: :erlang.error(:empty)
  def drop(queue), do: queue |> out() |> elem(1)

  def drop_r({[], []} = queue), do: :erlang.error(:empty)
  def drop_r(queue), do: queue |> out_r() |> elem(1)

  def reverse({rear, front}) when is_list(rear) and is_list(front), do: {front, rear}
  def reverse(queue), do: :erlang.error(:badarg)

  def join({rear, front} = queue, {[], []}) when is_list(rear) and is_list(front), do: queue
  def join({[], []}, {rear, front} = queue) when is_list(rear) and is_list(front), do: queue
  def join({rear1, front1}, {rear2, front2}), do: {rear2, front1 ++ :lists.reverse(rear1, front2)}

  def filter(fun, {rear, front} = queue) when is_function(fun, 1) and is_list(rear) and is_list(front) do
    queue |> to_list() |> Enum.flat_map(&kept(fun.(&1), &1)) |> from_list()
  end

  def fold(fun, acc, queue) when is_function(fun, 2), do: queue |> to_list() |> List.foldl(acc, fun)
  def any(pred, queue), do: queue |> to_list() |> Enum.any?(pred)
  def all(pred, queue), do: queue |> to_list() |> Enum.all?(pred)
  def delete(item, queue), do: queue |> to_list() |> List.delete(item) |> from_list()

  def split(count, queue) when is_integer(count) and count >= 0 do
    {taken, rest} = queue |> to_list() |> Enum.split(count)
    {from_list(taken), from_list(rest)}
  end

  def head(queue), do: get(queue)
  def tail(queue), do: drop(queue)
  def last(queue), do: get_r(queue)
  def cons(item, queue), do: in_r(item, queue)
  def snoc(queue, item), do: __MODULE__.in(item, queue)

  defp first(_rear, [item | _]), do: item
  defp first(rear, []), do: List.last(rear)

  defp kept(true, item), do: [item]
  defp kept(false, _item), do: []
  defp kept(items, _item) when is_list(items), do: items

  # A front list made into a balanced queue: half of it moved to the rear.
  defp balance_front([]), do: {[], []}
  defp balance_front([_] = front), do: {front, []}
  defp balance_front([first, second]), do: {[second], [first]}

  defp balance_front(list) do
    {front, rear} = Enum.split(list, div(length(list), 2))
    {:lists.reverse(rear), front}
  end

  # A rear list made into a balanced queue: half of it moved to the front.
  defp balance_rear([]), do: {[], []}
  defp balance_rear([_] = rear), do: {[], rear}
  defp balance_rear([first, second]), do: {[first], [second]}

  defp balance_rear(list) do
    {rear, front} = Enum.split(list, div(length(list), 2))
    {rear, :lists.reverse(front)}
  end
end
