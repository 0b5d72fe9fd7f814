# Logger: debug/info/notice/warning/error (and the older warn) printed as Elixir 1.14's console
# prints them ([info] text), under the level Logger.configure/1 sets.
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

  def configure(options) do
    case Keyword.fetch(options, :level) do
      {:ok, level} -> :proctor.set_logger_level(level)
      :error -> :ok
    end
  end
end
