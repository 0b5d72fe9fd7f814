children = [
  {Registry, keys: :unique, name: MyReg},
  {DynamicSupervisor, strategy: :one_for_one, name: MyDyn},
  {Task.Supervisor, name: MyTasks},
  {Agent, fn -> 0 end}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
for {id, pid, type, mods} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), type, mods})
end
{:ok, _} = Registry.register(MyReg, :k, :v)
IO.inspect(Registry.lookup(MyReg, :k) == [{self(), :v}])
{:ok, pid} = DynamicSupervisor.start_child(MyDyn, {Agent, fn -> 5 end})
IO.inspect(Agent.get(pid, & &1))
IO.inspect(Task.Supervisor.async(MyTasks, fn -> :done end) |> Task.await())
