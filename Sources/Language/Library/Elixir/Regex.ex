# The Regex functions written in Elixir over the `:re` builtins (`RegexBuiltins`): running,
# scanning, named captures, and replacing (a replacement function is guest code).
defmodule Regex do
  defstruct re_pattern: nil, source: "", opts: "", re_version: ""

  def compile!(source, options \\ "") do
    case Regex.compile(source, options) do
      {:ok, regex} -> regex
      {:error, {reason, at}} -> raise Regex.CompileError, "#{reason} at position #{at}"
    end
  end

  def match?(%Regex{} = regex, string) when is_binary(string) do
    :re.run(string, regex, [{:capture, :none}]) == :match
  end

  def regex?(%Regex{}), do: true
  def regex?(_), do: false

  def run(regex, string, options \\ [])

  def run(%Regex{} = regex, string, options) when is_binary(string) do
    case :re.run(string, regex, run_options(options)) do
      :nomatch -> nil
      :match -> []
      {:match, results} -> results
    end
  end

  def scan(regex, string, options \\ [])

  def scan(%Regex{} = regex, string, options) when is_binary(string) do
    case :re.run(string, regex, [:global | run_options(options)]) do
      {:match, results} -> results
      _ -> []
    end
  end

  defp run_options(options) do
    capture = {:capture, Keyword.get(options, :capture, :all), Keyword.get(options, :return, :binary)}
    [capture, {:offset, Keyword.get(options, :offset, 0)}]
  end

  def named_captures(regex, string, options \\ []) when is_binary(string) do
    names = names(regex)
    results = run(regex, string, Keyword.put(options, :capture, names))
    if results, do: Map.new(Enum.zip(names, results))
  end

  def names(%Regex{} = regex) do
    {:namelist, names} = :re.inspect(regex, :namelist)
    names
  end

  def recompile(%Regex{} = regex), do: {:ok, regex}
  def recompile!(%Regex{} = regex), do: regex

  def re_pattern(%Regex{re_pattern: compiled}), do: compiled
  def source(%Regex{source: source}), do: source
  def opts(%Regex{opts: opts}), do: opts

  def split(regex, string, options \\ [])

  def split(%Regex{} = regex, string, options) when is_binary(string) and is_list(options) do
    on = Keyword.get(options, :on, :first)
    :proctor.regex_split_pieces(string, :re.run(string, regex, [:global, {:capture, on, :index}]), options)
  end

  def replace(%Regex{} = regex, string, replacement, options \\ []) when is_binary(string) and is_list(options) do
    run_options = if Keyword.get(options, :global) != false, do: [:global], else: []
    case :re.run(string, regex, [{:capture, :all, :index} | run_options]) do
      :nomatch -> string
      {:match, [first | _] = matches} when is_list(first) -> replace_matches(string, matches, replacement_spec(replacement))
      {:match, match} -> replace_matches(string, [match], replacement_spec(replacement))
    end
  end

  defp replace_matches(string, matches, spec) do
    {parts, last} =
      Enum.reduce(matches, {[], 0}, fn [{start, length} | _] = indexes, {parts, position} ->
        before = binary_part(string, position, start - position)
        {[parts, before, replacement_text(string, spec, indexes)], start + length}
      end)

    IO.iodata_to_binary([parts, binary_part(string, last, byte_size(string) - last)])
  end

  defp replacement_spec(fun) when is_function(fun) do
    {:arity, arity} = Function.info(fun, :arity)
    {:function, fun, arity}
  end

  defp replacement_spec(text) when is_binary(text), do: {:parts, replacement_parts(text, [], [])}

  defp replacement_parts(<<>>, literal, parts), do: Enum.reverse(add_literal(literal, parts))

  defp replacement_parts(<<"\\g{", rest::binary>> = text, literal, parts) do
    case take_digits(rest, []) do
      {[_ | _] = digits, <<"}", after_brace::binary>>} ->
        replacement_parts(after_brace, [], [List.to_integer(digits) | add_literal(literal, parts)])

      _ ->
        <<char, after_char::binary>> = text
        replacement_parts(after_char, [char | literal], parts)
    end
  end

  defp replacement_parts(<<"\\\\", rest::binary>>, literal, parts), do: replacement_parts(rest, [?\\ | literal], parts)

  defp replacement_parts(<<"\\", digit, rest::binary>>, literal, parts) when digit in ?0..?9 do
    {digits, after_digits} = take_digits(rest, [])
    replacement_parts(after_digits, [], [List.to_integer([digit | digits]) | add_literal(literal, parts)])
  end

  defp replacement_parts(<<char, rest::binary>>, literal, parts), do: replacement_parts(rest, [char | literal], parts)

  defp add_literal([], parts), do: parts
  defp add_literal(literal, parts), do: [IO.iodata_to_binary(Enum.reverse(literal)) | parts]

  defp take_digits(<<digit, rest::binary>>, digits) when digit in ?0..?9, do: take_digits(rest, digits ++ [digit])
  defp take_digits(rest, digits), do: {digits, rest}

  defp replacement_text(string, {:function, fun, arity}, indexes) do
    apply(fun, Enum.map(0..(arity - 1)//1, &captured(string, Enum.at(indexes, &1))))
  end

  defp replacement_text(string, {:parts, parts}, indexes) do
    Enum.map(parts, fn
      part when is_binary(part) -> part
      group -> captured(string, Enum.at(indexes, group))
    end)
  end

  defp captured(_string, nil), do: ""
  defp captured(_string, {start, _length}) when start < 0, do: ""
  defp captured(string, {start, length}), do: binary_part(string, start, length)
end
