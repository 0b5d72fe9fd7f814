# :calendar, Erlang's calendar module: its basics over Calendar.ISO's day counting. proctor's
# local time zone is UTC, so `local_time/0` is `universal_time/0`.
defmodule :calendar do
  def universal_time() do
    {:ok, date, time, _microsecond} = Calendar.ISO.from_unix(System.os_time(), :native)
    {date, time}
  end

  def local_time(), do: universal_time()

  def date_to_gregorian_days({year, month, day}), do: date_to_gregorian_days(year, month, day)

  def date_to_gregorian_days(year, month, day) when is_integer(day) and day > 0 do
    last = last_day_of_the_month(year, month)
    if day <= last, do: Calendar.ISO.date_to_iso_days(year, month, day), else: :erlang.error(:if_clause)
  end

  def gregorian_days_to_date(days), do: Calendar.ISO.date_from_iso_days(day_to_year(days))

  defp day_to_year(days) when days >= 0, do: days

  def datetime_to_gregorian_seconds({date, {hour, minute, second}}) do
    date_to_gregorian_days(date) * 86400 + hour * 3600 + minute * 60 + second
  end

  def gregorian_seconds_to_datetime(seconds) when is_integer(seconds) and seconds >= 0 do
    days = div(seconds, 86400)
    {gregorian_days_to_date(days), seconds_to_time(rem(seconds, 86400))}
  end

  def seconds_to_time(seconds) when is_integer(seconds) and seconds >= 0 and seconds < 86400 do
    {div(seconds, 3600), rem(div(seconds, 60), 60), rem(seconds, 60)}
  end

  def time_to_seconds({hour, minute, second}), do: hour * 3600 + minute * 60 + second

  def day_of_the_week({year, month, day}), do: day_of_the_week(year, month, day)

  def day_of_the_week(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day) do
    rem(date_to_gregorian_days(year, month, day) + 5, 7) + 1
  end

  def is_leap_year(year) when is_integer(year) and year >= 0 do
    rem(year, 4) == 0 and (rem(year, 100) > 0 or rem(year, 400) == 0)
  end

  def last_day_of_the_month(year, month) when is_integer(year) and year >= 0, do: last_day_of_the_month1(year, month)

  defp last_day_of_the_month1(year, month) when month in 1..12, do: Calendar.ISO.days_in_month(year, month)

  def valid_date({year, month, day}), do: valid_date(year, month, day)

  def valid_date(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day) do
    year >= 0 and month in 1..12 and day >= 1 and day <= Calendar.ISO.days_in_month(year, month)
  end
end
