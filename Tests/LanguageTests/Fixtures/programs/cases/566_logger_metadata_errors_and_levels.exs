require Logger

Logger.metadata(a: 1)
Logger.metadata(b: 2)
IO.inspect(Logger.metadata())
Logger.metadata([])
IO.inspect(Logger.metadata())
Logger.metadata(a: nil, b: nil)
IO.inspect(Logger.metadata())

Logger.warning("warned", some: :meta)
Logger.error(fn -> "lazy error" end)
Logger.info(fn -> {"lazy with metadata", [user: 1]} end)
Process.sleep(20)
IO.puts("end")
