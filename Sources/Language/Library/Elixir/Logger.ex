# Logger: debug/info/notice/warning/error (and the older warn) printed as Elixir 1.14's console
# prints them ([info] text), under the level Logger.configure/1 sets; the process's metadata.
defmodule Logger do
  def debug(message, metadata \\ []), do: log(:debug, message, metadata)
  def info(message, metadata \\ []), do: log(:info, message, metadata)
  def notice(message, metadata \\ []), do: log(:notice, message, metadata)
  def warning(message, metadata \\ []), do: log(:warning, message, metadata)
  def warn(message, metadata \\ []), do: log(:warning, message, metadata)
  def error(message, metadata \\ []), do: log(:error, message, metadata)
  def critical(message, metadata \\ []), do: log(:critical, message, metadata)

  def log(level, message, _metadata \\ []) do
    :proctor.log(level, __text__(message))
  end

  def __text__(fun) when is_function(fun, 0) do
    case fun.() do
      {message, _metadata} -> __text__(message)
      message -> __text__(message)
    end
  end
  def __text__(message) when is_binary(message), do: message
  def __text__(message) when is_list(message), do: IO.chardata_to_string(message)
  def __text__(message), do: to_string(message)

  def level, do: :proctor.logger_level()

  # The process's metadata, kept as a map in its dictionary as Erlang's logger keeps it: a key
  # given nil is removed, and the console's default format prints none of it.
  def metadata, do: Map.to_list(Process.get(:"$logger_metadata$", %{}))

  def metadata(keyword) do
    metadata = Enum.reduce(keyword, Process.get(:"$logger_metadata$", %{}), fn
      {key, nil}, acc -> Map.delete(acc, key)
      {key, value}, acc -> Map.put(acc, key, value)
    end)
    Process.put(:"$logger_metadata$", metadata)
    :ok
  end

  def reset_metadata(keyword \\ []) do
    Process.delete(:"$logger_metadata$")
    metadata(keyword)
  end

  def configure(options) do
    case Keyword.fetch(options, :level) do
      {:ok, level} -> :proctor.set_logger_level(level)
      :error -> :ok
    end
  end
end
