# Exception: an exception module's own `exception/1` and `message/1` callbacks, called from guest
# code.
defmodule Exception do
  def __build__(module, fields) when is_atom(module) do
    if function_exported?(module, :exception, 1) do
      module.exception(fields)
    else
      :proctor.build_exception(module, fields)
    end
  end
  def __build__(value, fields), do: :proctor.build_exception(value, fields)

  def message(%{__struct__: module, __exception__: true} = exception) do
    if function_exported?(module, :message, 1) do
      module.message(exception)
    else
      :proctor.exception_message(exception)
    end
  end

  def format_banner(kind, value, stacktrace \\ [])
  def format_banner(:error, value, _), do: "** (#{inspect(normalize(:error, value, []).__struct__)}) #{message(normalize(:error, value, []))}"
  def format_banner(:throw, value, _), do: "** (throw) #{inspect(value)}"
  def format_banner(:exit, reason, _), do: "** (exit) #{format_exit(reason)}"

  def format(kind, value, stacktrace \\ []), do: format_banner(kind, value, stacktrace)

  def format_exit(reason), do: :proctor.format_exit(reason)

  def normalize(:error, value, _stacktrace), do: :proctor.normalize(value)
  def normalize(_kind, value, _stacktrace), do: value
end
