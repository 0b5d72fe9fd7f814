# The exception Code.eval_string/3 and Code.eval_quoted/3 raise for code that does not compile.
defmodule CompileError do
  defexception file: nil, line: nil, description: "compile error"

  @impl true
  def message(%{file: nil, description: description}), do: description
  def message(%{file: file, line: line, description: description}), do: "#{file}:#{line}: #{description}"
end
