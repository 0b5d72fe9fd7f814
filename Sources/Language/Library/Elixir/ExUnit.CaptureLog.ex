# capture_log and with_log: the log reports of every process while a function runs, as a
# string, instead of on the console; :level drops the reports less severe than it.
defmodule ExUnit.CaptureLog do
  def capture_log(options \\ [], fun) do
    {_result, log} = with_log(options, fun)
    log
  end

  def with_log(options \\ [], fun) when is_list(options) and is_function(fun, 0) do
    capture = :proctor.log_capture_start(Keyword.get(options, :level))
    try do
      result = fun.()
      {result, :proctor.log_capture_stop(capture)}
    after
      :proctor.log_capture_stop(capture)
    end
  end
end
