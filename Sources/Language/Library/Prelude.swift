/// The part of the standard library written in Elixir itself: everything that
/// calls back into guest code (Enum with functions, Task, Agent) or waits in a
/// receive (`Process.sleep`), so it can suspend like any guest code.
public enum Prelude {
    /// The prelude's source, compiled into every program.
    public static let source = [enumSource, processSource, taskSource, agentSource, dataSource, exUnitSource].joined(separator: "\n")

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

    static let processSource = #"""
    defmodule Process do
      def sleep(milliseconds) do
        receive do
        after
          milliseconds -> :ok
        end
      end
    end
    """#

    static let taskSource = #"""
    defmodule Task do
      def async(fun) do
        owner = self()
        pid = spawn_link(fn -> Task.__await_ref__(owner, fun) end)
        ref = Process.monitor(pid)
        send(pid, {:"$task_ref", ref})
        %Task{mfa: {:erlang, :apply, 2}, owner: owner, pid: pid, ref: ref}
      end

      def __await_ref__(owner, fun) do
        receive do
          {:"$task_ref", ref} -> send(owner, {ref, Task.__invoke__(owner, fun)})
        end
      end

      def __invoke__(owner, fun) do
        try do
          fun.()
        rescue
          error -> :proctor.task_failed(owner, fun, :error, error)
        catch
          :exit, reason -> :proctor.task_failed(owner, fun, :exit, reason)
          :throw, value -> :proctor.task_failed(owner, fun, :throw, value)
        end
      end

      def start(fun) do
        owner = self()
        {:ok, spawn(fn -> Task.__invoke__(owner, fun) end)}
      end

      def start_link(fun) do
        owner = self()
        {:ok, spawn_link(fn -> Task.__invoke__(owner, fun) end)}
      end

      def await(%Task{ref: ref} = task, timeout \\ 5000) do
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            reply
          {:DOWN, ^ref, _, _, reason} -> exit({reason, {Task, :await, [task, timeout]}})
        after
          timeout ->
            Process.demonitor(ref, [:flush])
            exit({:timeout, {Task, :await, [task, timeout]}})
        end
      end

      def await_many(tasks, timeout \\ 5000), do: Enum.map(tasks, fn task -> await(task, timeout) end)

      def yield(%Task{ref: ref}, timeout \\ 5000) do
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            {:ok, reply}
          {:DOWN, ^ref, _, _, reason} -> {:exit, reason}
        after
          timeout -> nil
        end
      end

      def shutdown(%Task{pid: pid, ref: ref}, _timeout \\ 5000) do
        Process.unlink(pid)
        Process.exit(pid, :shutdown)
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            {:ok, reply}
          {:DOWN, ^ref, _, _, :shutdown} -> nil
          {:DOWN, ^ref, _, _, :noproc} -> nil
          {:DOWN, ^ref, _, _, reason} -> {:exit, reason}
        end
      end
    end
    """#

    static let agentSource = #"""
    defmodule Agent do
      def start_link(fun, options \\ []), do: start_agent(fun, options, true)
      def start(fun, options \\ []), do: start_agent(fun, options, false)

      defp start_agent(fun, options, link?) do
        name = Keyword.get(options, :name)
        existing = if name, do: Process.whereis(name), else: nil
        if existing do
          {:error, {:already_started, existing}}
        else
          parent = self()
          init = fn -> Agent.__init__(parent, fun, name) end
          pid = if link?, do: spawn_link(init), else: spawn(init)
          ref = Process.monitor(pid)
          receive do
            {:"$agent_ack", ^pid} ->
              Process.demonitor(ref, [:flush])
              {:ok, pid}
            {:DOWN, ^ref, _, _, reason} -> {:error, reason}
          end
        end
      end

      def __init__(parent, fun, name) do
        if name, do: Process.register(self(), name)
        state = fun.()
        send(parent, {:"$agent_ack", self()})
        __loop__(state)
      end

      def __loop__(state) do
        receive do
          {:"$gen_call", {from, ref}, {:get, fun}} ->
            send(from, {ref, fun.(state)})
            __loop__(state)
          {:"$gen_call", {from, ref}, {:update, fun}} ->
            new_state = fun.(state)
            send(from, {ref, :ok})
            __loop__(new_state)
          {:"$gen_call", {from, ref}, {:get_and_update, fun}} ->
            {reply, new_state} = fun.(state)
            send(from, {ref, reply})
            __loop__(new_state)
          {:"$gen_cast", {:cast, fun}} ->
            __loop__(fun.(state))
          {:"$agent_stop", reason} ->
            exit(reason)
        end
      end

      def get(agent, fun, timeout \\ 5000), do: call(agent, {:get, fun}, timeout)
      def update(agent, fun, timeout \\ 5000), do: call(agent, {:update, fun}, timeout)
      def get_and_update(agent, fun, timeout \\ 5000), do: call(agent, {:get_and_update, fun}, timeout)

      def cast(agent, fun) do
        pid = whereis(agent)
        if pid, do: send(pid, {:"$gen_cast", {:cast, fun}})
        :ok
      end

      def stop(agent, reason \\ :normal, timeout \\ :infinity) do
        pid = whereis(agent)
        if pid == nil, do: exit({:noproc, {GenServer, :stop, [agent, reason, timeout]}})
        ref = Process.monitor(pid)
        send(pid, {:"$agent_stop", reason})
        receive do
          {:DOWN, ^ref, _, _, _} -> :ok
        after
          timeout ->
            Process.demonitor(ref, [:flush])
            exit({:timeout, {GenServer, :stop, [agent, reason, timeout]}})
        end
      end

      defp whereis(agent) when is_pid(agent), do: agent
      defp whereis(agent), do: Process.whereis(agent)

      defp call(agent, request, timeout) do
        pid = whereis(agent)
        if pid == nil, do: exit({:noproc, {GenServer, :call, [agent, request, timeout]}})
        ref = Process.monitor(pid)
        send(pid, {:"$gen_call", {self(), ref}, request})
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            reply
          {:DOWN, ^ref, _, _, reason} -> exit({reason, {GenServer, :call, [agent, request, timeout]}})
        after
          timeout ->
            Process.demonitor(ref, [:flush])
            exit({:timeout, {GenServer, :call, [agent, request, timeout]}})
        end
      end
    end
    """#

    static let dataSource = #"""
    defmodule Keyword do
      def get(list, key, default \\ nil)
      def get([{key, value} | _], key, _default), do: value
      def get([_ | rest], key, default), do: get(rest, key, default)
      def get([], _key, default), do: default
    end

    defmodule Map do
      def update!(map, key, fun) do
        case Map.fetch(map, key) do
          {:ok, value} -> Map.put(map, key, fun.(value))
          :error -> raise KeyError, key: key, term: map
        end
      end

      def update(map, key, default, fun) do
        case Map.fetch(map, key) do
          {:ok, value} -> Map.put(map, key, fun.(value))
          :error -> Map.put(map, key, default)
        end
      end
    end
    """#
}

extension Prelude {
    static let exUnitSource = #"""
    defmodule ExUnit.Assertions do
      def assert_raise(exception, fun) do
        try do
          fun.()
        rescue
          error ->
            if error.__struct__ == exception do
              error
            else
              :proctor.assert_raise_failed(exception, error)
            end
        else
          _ -> :proctor.assert_raise_failed(exception, nil)
        end
      end

      def assert_raise(exception, message, fun) do
        error = assert_raise(exception, fun)
        if Exception.message(error) == message, do: error, else: :proctor.assert_raise_message_failed(message, error)
      end
    end

    defmodule ExUnit.Runner do
      def run_test(module, setups, test, context) do
        context = Enum.reduce(setups, context, fn setup, acc -> merge(acc, apply(module, setup, [acc])) end)
        apply(module, test, [context])
      end

      defp merge(context, :ok), do: context
      defp merge(context, {:ok, extra}), do: Enum.into(extra, context)
      defp merge(context, extra) when is_list(extra) or is_map(extra), do: Enum.into(extra, context)
    end
    """#
}
