defmodule Job do
  def start_link(n) do
    Task.start_link(fn ->
      IO.puts("job #{n}")
      Process.sleep(:infinity)
    end)
  end
end
children = [
  %{id: :j1, start: {Job, :start_link, [1]}},
  %{id: :j2, start: {Job, :start_link, [2]}, type: :worker}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, name: :jobs)
Process.sleep(10)
IO.inspect(Supervisor.count_children(:jobs))
IO.inspect(Enum.map(Supervisor.which_children(sup), &elem(&1, 0)))
