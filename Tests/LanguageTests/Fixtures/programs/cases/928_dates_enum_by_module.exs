events = [
  %{name: "launch", on: ~D[2024-03-15]},
  %{name: "kickoff", on: ~D[2024-01-10]},
  %{name: "review", on: ~D[2024-02-29]}
]
IO.inspect(Enum.sort_by(events, & &1.on, Date) |> Enum.map(& &1.name))
IO.inspect(Enum.sort_by(events, & &1.on, {:desc, Date}) |> Enum.map(& &1.name))
IO.inspect(Enum.min_by(events, & &1.on, Date).name)
IO.inspect(Enum.max_by(events, & &1.on, Date).name)
IO.inspect(Enum.group_by(events, & &1.on.month, & &1.name))
IO.inspect(Enum.frequencies_by(events, &Date.quarter_of_year(&1.on)))
IO.inspect(Enum.map(events, &Date.diff(&1.on, ~D[2024-01-01])))
