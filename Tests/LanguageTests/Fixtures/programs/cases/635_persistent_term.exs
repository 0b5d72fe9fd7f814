# :persistent_term stores terms under keys for every process to read: put, get (with a default), erase, info.
IO.inspect(:persistent_term.put({MyApp, :config}, %{a: 1}))
IO.inspect(:persistent_term.get({MyApp, :config}))
IO.inspect(:persistent_term.get(:missing, :default))
IO.inspect(:persistent_term.erase({MyApp, :config}))
IO.inspect(:persistent_term.erase({MyApp, :config}))
me = self()
spawn(fn -> :persistent_term.put(:from_child, 42); send(me, :ok) end)
receive do: (:ok -> :ok)
IO.inspect(:persistent_term.get(:from_child))
IO.inspect(Enum.member?(:persistent_term.get() |> Enum.map(&elem(&1, 0)), :from_child))
IO.inspect(:persistent_term.info() |> Map.keys())
try do
  :persistent_term.get(:missing)
rescue
  e -> IO.puts(Exception.message(e))
end
