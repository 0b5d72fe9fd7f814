defmodule Try do
  def run(label, fun) do
    try do
      IO.inspect(fun.(), label: label)
    rescue
      e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
    end
  end
end

dt = ~U[2019-08-26 13:52:06.0Z]
Try.run("unknown letter", fn -> Calendar.strftime(dt, "%Y %k") end)
Try.run("flags then bad", fn -> Calendar.strftime(dt, "%-5Q") end)
Try.run("trailing percent", fn -> Calendar.strftime(dt, "100%") end)
Try.run("double flag", fn -> Calendar.strftime(dt, "%0-d") end)
Try.run("unknown option", fn -> Calendar.strftime(dt, "%Y", locale: :pt) end)
Try.run("nested c", fn -> Calendar.strftime(dt, "%c", preferred_datetime: "%Y %c") end)
Try.run("nested x", fn -> Calendar.strftime(dt, "%x", preferred_date: "%x") end)
Try.run("hour of a date", fn -> Calendar.strftime(~D[2019-08-26], "%H") end)
Try.run("day of a time", fn -> Calendar.strftime(~T[10:00:00], "%d") end)
Try.run("weekday of a time", fn -> Calendar.strftime(~T[10:00:00], "%a") end)
Try.run("not a map", fn -> Calendar.strftime(Enum.random([1]), "%Y") end)
Try.run("utf8 unknown", fn -> Calendar.strftime(dt, "%é") end)
