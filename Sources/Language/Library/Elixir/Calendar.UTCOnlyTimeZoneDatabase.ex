# The time zone database Elixir uses when none is installed: it knows Etc/UTC and refuses every
# other zone with `{:error, :utc_only_time_zone_database}`.
defmodule Calendar.UTCOnlyTimeZoneDatabase do
  def time_zone_period_from_utc_iso_days(_, "Etc/UTC"), do: {:ok, %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}}
  def time_zone_period_from_utc_iso_days(_, _), do: {:error, :utc_only_time_zone_database}

  def time_zone_periods_from_wall_datetime(_, "Etc/UTC"), do: {:ok, %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}}
  def time_zone_periods_from_wall_datetime(_, _), do: {:error, :utc_only_time_zone_database}
end
