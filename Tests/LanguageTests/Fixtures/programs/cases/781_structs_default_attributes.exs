# defaults may read module attributes and call functions of modules defined earlier
defmodule Defaults do
  def start, do: 100
end

defmodule Job do
  @retries 3
  @priority_base 10
  defstruct retries: @retries * 2,
            priority: @priority_base + Defaults.start(),
            label: "job-#{@retries}"

  def show, do: %Job{}
end

job = Job.show()
IO.inspect({job.retries, job.priority, job.label})
IO.inspect(Job.show() |> Map.from_struct() |> Map.keys())
