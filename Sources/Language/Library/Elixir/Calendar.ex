# Calendar: what the calendar modules share. proctor has Calendar.ISO only and no time zone
# database but UTC's (`Calendar.UTCOnlyTimeZoneDatabase`, as Elixir without one installed).
defmodule Calendar do
  def compatible_calendars?(calendar, calendar), do: true

  def compatible_calendars?(calendar1, calendar2) do
    calendar1.day_rollover_relative_to_midnight_utc() == calendar2.day_rollover_relative_to_midnight_utc()
  end

  def truncate(microsecond_tuple, :microsecond), do: microsecond_tuple
  def truncate({microsecond, precision}, :millisecond), do: {div(microsecond, 1000) * 1000, min(precision, 3)}
  def truncate(_, :second), do: {0, 0}

  def get_time_zone_database(), do: Calendar.UTCOnlyTimeZoneDatabase
end
