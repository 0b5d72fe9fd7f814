require Logger
Logger.debug("debugging")
Logger.info("some info")
Logger.warning("careful")
Logger.error("broken")
Logger.info(fn -> "lazy info" end)
IO.inspect(Logger.error("returns"))
Process.sleep(20)
