# The match specifications Registry.select/2 and :ets.select/2 take, run over a list of terms
# (Registry's {key, pid, value} entries, a table's objects) as ETS runs them: a pattern with
# :"$1" variables and :_, guards (one that raises is false), and a body whose last value is kept
# (:EXIT when it raises).
defmodule Registry.MatchSpec do
  def select(specs, objects) when is_list(specs) do
    Enum.flat_map(objects, fn object ->
      case run(specs, object) do
        {:ok, result} -> [result]
        :nomatch -> []
      end
    end)
  end

  def select(specs, _objects) do
    raise ArgumentError, "invalid match specification: #{inspect(specs)}"
  end

  defp run(specs, object) do
    Enum.find_value(specs, :nomatch, fn {pattern, guards, body} ->
      case bind(pattern, object, %{}) do
        {:ok, bindings} ->
          if Enum.all?(guards, &(guarded(fn -> eval(&1, bindings, object) end, false) == true)) do
            {:ok, guarded(fn -> body |> Enum.map(&eval(&1, bindings, object)) |> List.last() end, :EXIT)}
          end
        :error -> nil
      end
    end)
  end

  defp guarded(evaluate, on_error) do
    evaluate.()
  rescue
    _ -> on_error
  end

  defp bind(:_, _value, bindings), do: {:ok, bindings}

  defp bind(pattern, value, bindings) when is_atom(pattern) do
    cond do
      not variable?(pattern) -> if pattern == value, do: {:ok, bindings}, else: :error
      Map.has_key?(bindings, pattern) -> if bindings[pattern] === value, do: {:ok, bindings}, else: :error
      true -> {:ok, Map.put(bindings, pattern, value)}
    end
  end

  defp bind(pattern, value, bindings) when is_tuple(pattern) and is_tuple(value) and tuple_size(pattern) == tuple_size(value) do
    bind_all(Tuple.to_list(pattern), Tuple.to_list(value), bindings)
  end

  defp bind(pattern, value, bindings) when is_list(pattern) and is_list(value) and length(pattern) == length(value) do
    bind_all(pattern, value, bindings)
  end

  defp bind(pattern, value, bindings), do: if(pattern === value, do: {:ok, bindings}, else: :error)

  defp bind_all([], [], bindings), do: {:ok, bindings}

  defp bind_all([pattern | patterns], [value | values], bindings) do
    case bind(pattern, value, bindings) do
      {:ok, bindings} -> bind_all(patterns, values, bindings)
      :error -> :error
    end
  end

  defp variable?(atom) do
    case Atom.to_string(atom) do
      "$" <> digits -> digits != "" and String.match?(digits, ~r/^\d+$/)
      _ -> false
    end
  end

  defp eval(:"$_", _bindings, object), do: object
  defp eval(:"$$", bindings, _object), do: bindings |> Enum.sort_by(fn {name, _} -> variable_number(name) end) |> Enum.map(&elem(&1, 1))
  defp eval({:const, value}, _bindings, _object), do: value
  defp eval({tuple}, bindings, object) when is_tuple(tuple) do
    tuple |> Tuple.to_list() |> Enum.map(&eval(&1, bindings, object)) |> List.to_tuple()
  end
  defp eval({operator, left, right}, bindings, object) when is_atom(operator) do
    apply_operator(operator, [eval(left, bindings, object), eval(right, bindings, object)])
  end
  defp eval({operator, argument}, bindings, object) when is_atom(operator) do
    apply_operator(operator, [eval(argument, bindings, object)])
  end
  defp eval(list, bindings, object) when is_list(list), do: Enum.map(list, &eval(&1, bindings, object))
  defp eval(atom, bindings, _object) when is_atom(atom) do
    if variable?(atom), do: Map.fetch!(bindings, atom), else: atom
  end
  defp eval(value, _bindings, _object), do: value

  defp variable_number(name), do: name |> Atom.to_string() |> String.trim_leading("$") |> String.to_integer()

  defp apply_operator(:andalso, [left, right]), do: left == true and right == true
  defp apply_operator(:orelse, [left, right]), do: left == true or right == true
  defp apply_operator(:==, [left, right]), do: left == right
  defp apply_operator(:"=:=", [left, right]), do: left === right
  defp apply_operator(:"/=", [left, right]), do: left != right
  defp apply_operator(:"=/=", [left, right]), do: left !== right
  defp apply_operator(:<, [left, right]), do: left < right
  defp apply_operator(:>, [left, right]), do: left > right
  defp apply_operator(:"=<", [left, right]), do: left <= right
  defp apply_operator(:>=, [left, right]), do: left >= right
  defp apply_operator(:+, [left, right]), do: left + right
  defp apply_operator(:-, [left, right]), do: left - right
  defp apply_operator(:*, [left, right]), do: left * right
  defp apply_operator(:div, [left, right]), do: div(left, right)
  defp apply_operator(:rem, [left, right]), do: rem(left, right)
  defp apply_operator(:element, [index, tuple]), do: elem(tuple, index - 1)
  defp apply_operator(:not, [value]), do: not value
  defp apply_operator(:hd, [list]), do: hd(list)
  defp apply_operator(:tl, [list]), do: tl(list)
  defp apply_operator(:length, [list]), do: length(list)
  defp apply_operator(:tuple_size, [tuple]), do: tuple_size(tuple)
  defp apply_operator(:is_atom, [value]), do: is_atom(value)
  defp apply_operator(:is_integer, [value]), do: is_integer(value)
  defp apply_operator(:is_binary, [value]), do: is_binary(value)
  defp apply_operator(:is_pid, [value]), do: is_pid(value)
  defp apply_operator(:is_tuple, [value]), do: is_tuple(value)
  defp apply_operator(:is_list, [value]), do: is_list(value)
  defp apply_operator(:is_map, [value]), do: is_map(value)
  defp apply_operator(:is_number, [value]), do: is_number(value)

  defp apply_operator(operator, _arguments) do
    raise ArgumentError, "proctor does not support #{inspect(operator)} in a match specification (of Registry or :ets)"
  end
end
