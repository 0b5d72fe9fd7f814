# The exception Code.eval_string/3 raises for code that does not parse.
defmodule SyntaxError do
  defexception file: nil, line: nil, column: nil, snippet: nil, description: "syntax error"

  @impl true
  def message(%{file: file, line: line, column: column, description: description}), do: "#{file}:#{line}:#{column}: #{description}"
end
