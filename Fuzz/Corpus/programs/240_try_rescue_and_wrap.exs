# Rescuing one error and raising another with more context.
defmodule ConfigError do
  defexception [:message]
end
defmodule Loader do
  def port(value) do
    String.to_integer(value)
  rescue
    ArgumentError -> raise ConfigError, "invalid port: #{inspect(value)}"
  end
end
IO.inspect(Loader.port("8080"))
try do
  Loader.port("eighty")
rescue
  e in ConfigError -> IO.puts("#{inspect(e.__struct__)}: #{e.message}")
end
