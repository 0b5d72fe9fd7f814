# DateTime: a date and time in a time zone. proctor has no time zone database but UTC's
# (Calendar.UTCOnlyTimeZoneDatabase, as Elixir without one installed): Etc/UTC works, any other
# zone gives `{:error, :utc_only_time_zone_database}`. `~U[2024-01-31 12:00:00Z]` builds one when
# the program is compiled.
defmodule DateTime do
  @enforce_keys [:year, :month, :day, :hour, :minute, :second, :time_zone, :zone_abbr, :utc_offset, :std_offset]
  defstruct [:year, :month, :day, :hour, :minute, :second, :time_zone, :zone_abbr, :utc_offset, :std_offset, microsecond: {0, 0}, calendar: Calendar.ISO]

  def utc_now(calendar \\ Calendar.ISO), do: System.os_time() |> from_unix!(:native, calendar)

  def new(date, time, time_zone \\ "Etc/UTC", time_zone_database \\ Calendar.get_time_zone_database())

  def new(%Date{calendar: calendar} = date, %Time{calendar: calendar} = time, "Etc/UTC", _database) do
    %{year: year, month: month, day: day} = date
    %{hour: hour, minute: minute, second: second, microsecond: microsecond} = time
    {:ok, %DateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
                    std_offset: 0, utc_offset: 0, zone_abbr: "UTC", time_zone: "Etc/UTC"}}
  end

  def new(date, time, time_zone, time_zone_database) do
    with {:ok, naive_datetime} <- NaiveDateTime.new(date, time), do: from_naive(naive_datetime, time_zone, time_zone_database)
  end

  def new!(date, time, time_zone \\ "Etc/UTC", time_zone_database \\ Calendar.get_time_zone_database()) do
    case new(date, time, time_zone, time_zone_database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, "cannot build datetime with #{inspect(date)} and #{inspect(time)}, reason: #{inspect(reason)}"
    end
  end

  def from_unix(integer, unit \\ :second, calendar \\ Calendar.ISO) when is_integer(integer) do
    case Calendar.ISO.from_unix(integer, unit) do
      {:ok, {year, month, day}, {hour, minute, second}, microsecond} ->
        convert(%DateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
                          std_offset: 0, utc_offset: 0, zone_abbr: "UTC", time_zone: "Etc/UTC"}, calendar)
      {:error, _} = error -> error
    end
  end

  def from_unix!(integer, unit \\ :second, calendar \\ Calendar.ISO) do
    case from_unix(integer, unit, calendar) do
      {:ok, datetime} -> datetime
      {:error, :invalid_unix_time} -> raise ArgumentError, "invalid Unix time #{integer}"
    end
  end

  def from_naive(naive_datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database())

  def from_naive(naive_datetime, "Etc/UTC", _database) do
    {:ok, from_naive_with_period(naive_datetime, "Etc/UTC", %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"})}
  end

  def from_naive(naive_datetime, time_zone, time_zone_database) do
    case time_zone_database.time_zone_periods_from_wall_datetime(naive_datetime, time_zone) do
      {:ok, period} -> {:ok, from_naive_with_period(naive_datetime, time_zone, period)}
      {:error, _} = error -> error
    end
  end

  defp from_naive_with_period(naive_datetime, time_zone, %{std_offset: std_offset, utc_offset: utc_offset, zone_abbr: zone_abbr}) do
    %{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = naive_datetime
    %DateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
              std_offset: std_offset, utc_offset: utc_offset, zone_abbr: zone_abbr, time_zone: time_zone}
  end

  def from_naive!(naive_datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case from_naive(naive_datetime, time_zone, time_zone_database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(naive_datetime)} to datetime, reason: #{inspect(reason)}"
    end
  end

  def shift_zone(datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database())

  def shift_zone(%{time_zone: time_zone} = datetime, time_zone, _database), do: {:ok, datetime}

  def shift_zone(datetime, time_zone, time_zone_database) do
    %{std_offset: std_offset, utc_offset: utc_offset, calendar: calendar, microsecond: {_, precision}} = datetime
    datetime
    |> to_iso_days()
    |> apply_tz_offset(utc_offset + std_offset)
    |> shift_zone_for_iso_days_utc(calendar, precision, time_zone, time_zone_database)
  end

  defp shift_zone_for_iso_days_utc(iso_days_utc, calendar, precision, time_zone, time_zone_database) do
    case time_zone_database.time_zone_period_from_utc_iso_days(iso_days_utc, time_zone) do
      {:ok, %{std_offset: std_offset, utc_offset: utc_offset, zone_abbr: zone_abbr}} ->
        {year, month, day, hour, minute, second, {microsecond, _}} =
          iso_days_utc |> apply_tz_offset(-(utc_offset + std_offset)) |> calendar.naive_datetime_from_iso_days()
        {:ok, %DateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                        microsecond: {microsecond, precision}, std_offset: std_offset, utc_offset: utc_offset, zone_abbr: zone_abbr, time_zone: time_zone}}
      {:error, _} = error -> error
    end
  end

  def shift_zone!(datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case shift_zone(datetime, time_zone, time_zone_database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, "cannot shift #{inspect(datetime)} to #{inspect(time_zone)} time zone, reason: #{inspect(reason)}"
    end
  end

  def now(time_zone, time_zone_database \\ Calendar.get_time_zone_database())
  def now("Etc/UTC", _database), do: {:ok, utc_now()}
  def now(time_zone, time_zone_database), do: shift_zone(utc_now(), time_zone, time_zone_database)

  def now!(time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case now(time_zone, time_zone_database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, "cannot get current datetime in #{inspect(time_zone)} time zone, reason: " <> inspect(reason)
    end
  end

  def to_unix(datetime, unit \\ :second)

  def to_unix(%{utc_offset: utc_offset, std_offset: std_offset} = datetime, unit) do
    {days, fraction} = to_iso_days(datetime)
    Calendar.ISO.iso_days_to_unit({days - 719_528, fraction}, unit) - System.convert_time_unit(utc_offset + std_offset, :second, unit)
  end

  def to_naive(%{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond, time_zone: _}) do
    %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}
  end

  def to_date(%{year: year, month: month, day: day, calendar: calendar, hour: _, minute: _, second: _, microsecond: _, time_zone: _}) do
    %Date{year: year, month: month, day: day, calendar: calendar}
  end

  def to_time(%{year: _, month: _, day: _, calendar: calendar, hour: hour, minute: minute, second: second, microsecond: microsecond, time_zone: _}) do
    %Time{hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}
  end

  def to_iso8601(datetime, format \\ :extended, offset \\ nil)

  def to_iso8601(%{calendar: Calendar.ISO} = datetime, format, nil) when format in [:extended, :basic] do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
      time_zone: time_zone, utc_offset: utc_offset, std_offset: std_offset} = datetime
    iso8601_text(year, month, day, hour, minute, second, microsecond, format) <> Calendar.ISO.offset_to_string(utc_offset, std_offset, time_zone, format)
  end

  def to_iso8601(%{calendar: Calendar.ISO, microsecond: {_, precision}, time_zone: "Etc/UTC"} = datetime, format, 0) when format in [:extended, :basic] do
    {year, month, day, hour, minute, second, {microsecond, _}} = shift_by_offset(datetime, 0)
    iso8601_text(year, month, day, hour, minute, second, {microsecond, precision}, format) <> "Z"
  end

  def to_iso8601(%{calendar: Calendar.ISO, microsecond: {_, precision}} = datetime, format, offset) when format in [:extended, :basic] do
    {year, month, day, hour, minute, second, {microsecond, _}} = shift_by_offset(datetime, offset)
    iso8601_text(year, month, day, hour, minute, second, {microsecond, precision}, format) <> Calendar.ISO.offset_to_string(offset, 0, nil, format)
  end

  def to_iso8601(%{calendar: _} = datetime, format, offset) when format in [:extended, :basic] do
    datetime |> convert!(Calendar.ISO) |> to_iso8601(format, offset)
  end

  defp shift_by_offset(%{calendar: calendar} = datetime, offset) do
    datetime
    |> to_iso_days()
    |> Calendar.ISO.add_day_fraction_to_iso_days(offset - (datetime.utc_offset + datetime.std_offset), 86400)
    |> calendar.naive_datetime_from_iso_days()
  end

  defp iso8601_text(year, month, day, hour, minute, second, microsecond, format) do
    Calendar.ISO.date_to_string(year, month, day, format) <> "T" <> Calendar.ISO.time_to_string(hour, minute, second, microsecond, format)
  end

  def from_iso8601(string, format_or_calendar \\ Calendar.ISO)
  def from_iso8601(string, format) when format in [:basic, :extended], do: from_iso8601(string, Calendar.ISO, format)
  def from_iso8601(string, calendar) when is_atom(calendar), do: from_iso8601(string, calendar, :extended)

  def from_iso8601(string, calendar, format) do
    with {:ok, {year, month, day, hour, minute, second, microsecond}, offset} <- Calendar.ISO.parse_utc_datetime(string, format) do
      datetime = %DateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
                           std_offset: 0, utc_offset: 0, zone_abbr: "UTC", time_zone: "Etc/UTC"}
      with {:ok, converted} <- convert(datetime, calendar), do: {:ok, converted, offset}
    end
  end

  def from_gregorian_seconds(seconds, {microsecond, precision} \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds) do
    iso_days = Calendar.ISO.gregorian_seconds_to_iso_days(seconds, microsecond)
    {year, month, day, hour, minute, second, {microsecond, _}} = calendar.naive_datetime_from_iso_days(iso_days)
    %DateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: {microsecond, precision},
              std_offset: 0, utc_offset: 0, zone_abbr: "UTC", time_zone: "Etc/UTC"}
  end

  def to_gregorian_seconds(%{utc_offset: utc_offset, std_offset: std_offset, microsecond: {microsecond, _}} = datetime) do
    {days, {parts, parts_per_day}} = datetime |> to_iso_days() |> apply_tz_offset(utc_offset + std_offset)
    {days * 86400 + div(parts * 86400, parts_per_day), microsecond}
  end

  def to_string(%{calendar: calendar} = datetime) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
      time_zone: time_zone, zone_abbr: zone_abbr, utc_offset: utc_offset, std_offset: std_offset} = datetime
    calendar.datetime_to_string(year, month, day, hour, minute, second, microsecond, time_zone, zone_abbr, utc_offset, std_offset)
  end

  def compare(%{utc_offset: utc_offset1, std_offset: std_offset1} = datetime1, %{utc_offset: utc_offset2, std_offset: std_offset2} = datetime2) do
    {days1, {parts1, ppd1}} = datetime1 |> to_iso_days() |> apply_tz_offset(utc_offset1 + std_offset1)
    {days2, {parts2, ppd2}} = datetime2 |> to_iso_days() |> apply_tz_offset(utc_offset2 + std_offset2)
    first = {days1, parts1 * ppd2}
    second = {days2, parts2 * ppd1}
    cond do
      first > second -> :gt
      first < second -> :lt
      true -> :eq
    end
  end

  def diff(datetime1, datetime2, unit \\ :second)
  def diff(datetime1, datetime2, :day), do: diff(datetime1, datetime2, :second) |> div(86400)
  def diff(datetime1, datetime2, :hour), do: diff(datetime1, datetime2, :second) |> div(3600)
  def diff(datetime1, datetime2, :minute), do: diff(datetime1, datetime2, :second) |> div(60)

  def diff(%{utc_offset: utc_offset1, std_offset: std_offset1} = datetime1, %{utc_offset: utc_offset2, std_offset: std_offset2} = datetime2, unit) do
    naive_diff = Calendar.ISO.iso_days_to_unit(to_iso_days(datetime1), unit) - Calendar.ISO.iso_days_to_unit(to_iso_days(datetime2), unit)
    naive_diff + System.convert_time_unit(utc_offset2 + std_offset2 - (utc_offset1 + std_offset1), :second, unit)
  end

  def add(datetime, amount_to_add, unit \\ :second, time_zone_database \\ Calendar.get_time_zone_database())
  def add(datetime, amount_to_add, :day, database) when is_integer(amount_to_add), do: add(datetime, amount_to_add * 86400, :second, database)
  def add(datetime, amount_to_add, :hour, database) when is_integer(amount_to_add), do: add(datetime, amount_to_add * 3600, :second, database)
  def add(datetime, amount_to_add, :minute, database) when is_integer(amount_to_add), do: add(datetime, amount_to_add * 60, :second, database)

  def add(datetime, amount_to_add, unit, time_zone_database) when is_integer(amount_to_add) do
    %{utc_offset: utc_offset, std_offset: std_offset, calendar: calendar, microsecond: {_, precision}} = datetime
    parts_per_day = System.convert_time_unit(86400, :second, unit)
    total_offset = System.convert_time_unit(utc_offset + std_offset, :second, unit)
    result =
      datetime
      |> to_iso_days()
      |> Calendar.ISO.add_day_fraction_to_iso_days(amount_to_add - total_offset, parts_per_day)
      |> shift_zone_for_iso_days_utc(calendar, precision, datetime.time_zone, time_zone_database)
    case result do
      {:ok, result_datetime} -> result_datetime
      {:error, error} ->
        raise ArgumentError,
              "cannot add #{amount_to_add} #{unit} to #{inspect(datetime)} (with time zone database #{inspect(time_zone_database)}), reason: #{inspect(error)}"
    end
  end

  def truncate(%DateTime{microsecond: microsecond} = datetime, precision) do
    %{datetime | microsecond: Calendar.truncate(microsecond, precision)}
  end

  def convert(%DateTime{calendar: calendar} = datetime, calendar), do: {:ok, datetime}

  def convert(%{calendar: datetime_calendar, microsecond: {_, precision}} = datetime, calendar) do
    if Calendar.compatible_calendars?(datetime_calendar, calendar) do
      {year, month, day, hour, minute, second, {microsecond, _}} = datetime |> to_iso_days() |> calendar.naive_datetime_from_iso_days()
      {:ok, %{datetime | calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: {microsecond, precision}}}
    else
      {:error, :incompatible_calendars}
    end
  end

  def convert!(datetime, calendar) do
    case convert(datetime, calendar) do
      {:ok, value} -> value
      {:error, :incompatible_calendars} ->
        raise ArgumentError, "cannot convert #{inspect(datetime)} to target calendar #{inspect(calendar)}, reason: #{inspect(datetime.calendar)} and #{inspect(calendar)} have different day rollover moments, making this conversion ambiguous"
    end
  end

  defp to_iso_days(%{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}) do
    calendar.naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond)
  end

  defp apply_tz_offset(iso_days, 0), do: iso_days
  defp apply_tz_offset(iso_days, offset), do: Calendar.ISO.add_day_fraction_to_iso_days(iso_days, -offset, 86400)
end
