# `:re.run/2,3`: a search runs in slices (`:proctor.regex_run`, then `regex_continue`), so a
# long match is preempted like any other work.
defmodule :re do
  def run(subject, pattern, options \\ []), do: finish(:proctor.regex_run(subject, pattern, options))

  defp finish({:proctor_regex_running, search}), do: finish(:proctor.regex_continue(search))
  defp finish(result), do: result
end
