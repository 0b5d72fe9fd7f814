defmodule Code do
  @moduledoc "Code.eval_string/1,2,3 and Code.eval_quoted/1,2,3, inside the sandbox; string_to_quoted/1 is a builtin."

  def eval_string(string, binding \\ [], opts \\ []), do: eval(to_string(string), binding, opts)

  def eval_quoted(quoted, binding \\ [], opts \\ []), do: eval({:quoted, quoted}, binding, opts)

  defp eval(code, binding, opts) do
    values = Map.new(binding)
    names = Map.keys(values)
    {module, bound} = :proctor.compile_eval(code, names, file(opts))
    {value, results} = apply(module, :__input__, Enum.map(names, &Map.fetch!(values, &1)))
    ending = Map.merge(values, Map.new(Enum.zip(bound, results)))
    {value, Enum.sort(Map.to_list(ending), :desc)}
  end

  def string_to_quoted!(string) do
    case Code.string_to_quoted(string) do
      {:ok, quoted} ->
        quoted

      {:error, {meta, message, token}} ->
        raise SyntaxError, file: "nofile", line: Keyword.get(meta, :line, 1), column: 1, description: message <> token
    end
  end

  defp file(%Macro.Env{file: file}), do: file
  defp file(opts) when is_list(opts), do: Keyword.get(opts, :file, "nofile")
end
