# NaiveDateTime: a date and a time of day without a time zone; `~N[2024-01-31 12:00:00]` builds
# one when the program is compiled.
defmodule NaiveDateTime do
  @enforce_keys [:year, :month, :day, :hour, :minute, :second]
  defstruct [:year, :month, :day, :hour, :minute, :second, microsecond: {0, 0}, calendar: Calendar.ISO]

  def utc_now(calendar \\ Calendar.ISO) do
    {:ok, {year, month, day}, {hour, minute, second}, microsecond} = Calendar.ISO.from_unix(System.os_time(), :native)
    naive_datetime = %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}
    convert!(naive_datetime, calendar)
  end

  # proctor's local time zone is UTC, so a run reads the same on every machine.
  def local_now(calendar \\ Calendar.ISO) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second} = utc_now()
    convert!(new!(year, month, day, hour, minute, second), calendar)
  end

  def new(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def new(year, month, day, hour, minute, second, microsecond, calendar) when is_integer(microsecond) do
    new(year, month, day, hour, minute, second, {microsecond, 6}, calendar)
  end

  def new(year, month, day, hour, minute, second, microsecond, calendar) do
    cond do
      not calendar.valid_date?(year, month, day) -> {:error, :invalid_date}
      not calendar.valid_time?(hour, minute, second, microsecond) -> {:error, :invalid_time}
      true ->
        {:ok, %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}}
    end
  end

  def new!(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(year, month, day, hour, minute, second, microsecond, calendar) do
      {:ok, naive_datetime} -> naive_datetime
      {:error, reason} -> raise ArgumentError, "cannot build naive datetime, reason: #{inspect(reason)}"
    end
  end

  def new(%Date{calendar: calendar} = date, %Time{calendar: calendar} = time) do
    %{year: year, month: month, day: day} = date
    %{hour: hour, minute: minute, second: second, microsecond: microsecond} = time
    {:ok, %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}}
  end

  def new!(%Date{calendar: calendar} = date, %Time{calendar: calendar} = time) do
    {:ok, naive_datetime} = new(date, time)
    naive_datetime
  end

  def add(naive_datetime, amount_to_add, unit \\ :second)
  def add(naive_datetime, amount_to_add, :day) when is_integer(amount_to_add), do: add(naive_datetime, amount_to_add * 86400, :second)
  def add(naive_datetime, amount_to_add, :hour) when is_integer(amount_to_add), do: add(naive_datetime, amount_to_add * 3600, :second)
  def add(naive_datetime, amount_to_add, :minute) when is_integer(amount_to_add), do: add(naive_datetime, amount_to_add * 60, :second)

  def add(%{microsecond: {_, precision}, calendar: calendar} = naive_datetime, amount_to_add, unit) when is_integer(amount_to_add) do
    parts_per_day = System.convert_time_unit(86400, :second, unit)
    naive_datetime
    |> to_iso_days()
    |> Calendar.ISO.add_day_fraction_to_iso_days(amount_to_add, parts_per_day)
    |> from_iso_days(calendar, precision)
  end

  def diff(naive_datetime1, naive_datetime2, unit \\ :second)
  def diff(naive_datetime1, naive_datetime2, :day), do: diff(naive_datetime1, naive_datetime2, :second) |> div(86400)
  def diff(naive_datetime1, naive_datetime2, :hour), do: diff(naive_datetime1, naive_datetime2, :second) |> div(3600)
  def diff(naive_datetime1, naive_datetime2, :minute), do: diff(naive_datetime1, naive_datetime2, :second) |> div(60)

  def diff(%{calendar: calendar1} = naive_datetime1, %{calendar: calendar2} = naive_datetime2, unit) do
    if not Calendar.compatible_calendars?(calendar1, calendar2) do
      raise ArgumentError,
            "cannot calculate the difference between #{inspect(naive_datetime1)} and #{inspect(naive_datetime2)} because their calendars are not compatible and thus the result would be ambiguous"
    end
    Calendar.ISO.iso_days_to_unit(to_iso_days(naive_datetime1), unit) - Calendar.ISO.iso_days_to_unit(to_iso_days(naive_datetime2), unit)
  end

  def truncate(%NaiveDateTime{microsecond: microsecond} = naive_datetime, precision) do
    %{naive_datetime | microsecond: Calendar.truncate(microsecond, precision)}
  end

  def truncate(%{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}, precision) do
    %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: Calendar.truncate(microsecond, precision)}
  end

  def to_date(%{year: year, month: month, day: day, calendar: calendar, hour: _, minute: _, second: _, microsecond: _}) do
    %Date{year: year, month: month, day: day, calendar: calendar}
  end

  def to_time(%{year: _, month: _, day: _, calendar: calendar, hour: hour, minute: minute, second: second, microsecond: microsecond}) do
    %Time{hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}
  end

  def to_string(%{calendar: calendar} = naive_datetime) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = naive_datetime
    calendar.naive_datetime_to_string(year, month, day, hour, minute, second, microsecond)
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    with {:ok, {year, month, day, hour, minute, second, microsecond}} <- Calendar.ISO.parse_naive_datetime(string) do
      convert(%NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}, calendar)
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as naive datetime, reason: #{inspect(reason)}"
    end
  end

  def to_iso8601(naive_datetime, format \\ :extended)

  def to_iso8601(%{calendar: Calendar.ISO} = naive_datetime, format) when format in [:basic, :extended] do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = naive_datetime
    Calendar.ISO.date_to_string(year, month, day, format) <> "T" <> Calendar.ISO.time_to_string(hour, minute, second, microsecond, format)
  end

  def to_iso8601(%{calendar: _} = naive_datetime, format) when format in [:basic, :extended] do
    naive_datetime |> convert!(Calendar.ISO) |> to_iso8601(format)
  end

  def to_erl(%{calendar: _} = naive_datetime) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second} = convert!(naive_datetime, Calendar.ISO)
    {{year, month, day}, {hour, minute, second}}
  end

  def from_erl(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def from_erl({{year, month, day}, {hour, minute, second}}, microsecond, calendar) do
    with {:ok, naive_datetime} <- new(year, month, day, hour, minute, second, microsecond), do: convert(naive_datetime, calendar)
  end

  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to naive datetime, reason: #{inspect(reason)}"
    end
  end

  def from_gregorian_seconds(seconds, {microsecond, precision} \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds) do
    iso_days = Calendar.ISO.gregorian_seconds_to_iso_days(seconds, microsecond)
    {year, month, day, hour, minute, second, {microsecond, _}} = calendar.naive_datetime_from_iso_days(iso_days)
    %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: {microsecond, precision}}
  end

  def to_gregorian_seconds(%{microsecond: {microsecond, _}} = naive_datetime) do
    {days, {parts, parts_per_day}} = to_iso_days(naive_datetime)
    {days * 86400 + div(parts * 86400, parts_per_day), microsecond}
  end

  def compare(%{calendar: calendar1} = naive_datetime1, %{calendar: calendar2} = naive_datetime2) do
    if Calendar.compatible_calendars?(calendar1, calendar2) do
      case {to_iso_days(naive_datetime1), to_iso_days(naive_datetime2)} do
        {first, second} when first > second -> :gt
        {first, second} when first < second -> :lt
        _ -> :eq
      end
    else
      raise ArgumentError, """
      cannot compare #{inspect(naive_datetime1)} with #{inspect(naive_datetime2)}.

      This comparison would be ambiguous as their calendars have incompatible day rollover moments.
      Specify an exact time of day (using DateTime) to resolve this ambiguity
      """
    end
  end

  def convert(%{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}, calendar) do
    {:ok, %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}}
  end

  def convert(%{calendar: naive_calendar, microsecond: {_, precision}} = naive_datetime, calendar) do
    if Calendar.compatible_calendars?(naive_calendar, calendar) do
      {:ok, naive_datetime |> to_iso_days() |> from_iso_days(calendar, precision)}
    else
      {:error, :incompatible_calendars}
    end
  end

  def convert!(naive_datetime, calendar) do
    case convert(naive_datetime, calendar) do
      {:ok, value} -> value
      {:error, :incompatible_calendars} ->
        raise ArgumentError, "cannot convert #{inspect(naive_datetime)} to target calendar #{inspect(calendar)}, reason: #{inspect(naive_datetime.calendar)} and #{inspect(calendar)} have different day rollover moments, making this conversion ambiguous"
    end
  end

  defp to_iso_days(%{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}) do
    calendar.naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond)
  end

  defp from_iso_days(iso_days, calendar, precision) do
    {year, month, day, hour, minute, second, {microsecond, _}} = calendar.naive_datetime_from_iso_days(iso_days)
    %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: {microsecond, precision}}
  end
end
