require Logger

IO.inspect(Logger.metadata())
Logger.metadata(request_id: "abc", user: 7)
IO.inspect(Logger.metadata())
Logger.metadata(user: nil, step: 1)
IO.inspect(Logger.metadata())
Logger.info("metadata is not printed by the default format")
Process.sleep(20)

parent = self()
spawn(fn -> send(parent, {:child, Logger.metadata()}) end)
receive do {:child, metadata} -> IO.inspect(metadata, label: "child") end

Logger.reset_metadata(only: :this)
IO.inspect(Logger.metadata())
Logger.reset_metadata()
IO.inspect(Logger.metadata())
