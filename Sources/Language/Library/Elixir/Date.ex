# Date: a day in a calendar (Calendar.ISO); `~D[2024-01-31]` builds one when the program is compiled.
defmodule Date do
  @enforce_keys [:year, :month, :day]
  defstruct [:year, :month, :day, calendar: Calendar.ISO]

  def new(year, month, day, calendar \\ Calendar.ISO) do
    if calendar.valid_date?(year, month, day) do
      {:ok, %Date{year: year, month: month, day: day, calendar: calendar}}
    else
      {:error, :invalid_date}
    end
  end

  def new!(year, month, day, calendar \\ Calendar.ISO) do
    case new(year, month, day, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot build date, reason: #{inspect(reason)}"
    end
  end

  def utc_today(calendar \\ Calendar.ISO) do
    {:ok, {year, month, day}, _, _} = Calendar.ISO.from_unix(System.os_time(), :native)
    convert!(%Date{year: year, month: month, day: day}, calendar)
  end

  def leap_year?(%{calendar: calendar, year: year}), do: calendar.leap_year?(year)
  def days_in_month(%{calendar: calendar, year: year, month: month}), do: calendar.days_in_month(year, month)
  def months_in_year(%{calendar: calendar, year: year}), do: calendar.months_in_year(year)

  def to_string(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.date_to_string(year, month, day)

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    with {:ok, {year, month, day}} <- Calendar.ISO.parse_date(string) do
      convert(%Date{year: year, month: month, day: day}, calendar)
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"
    end
  end

  def to_iso8601(date, format \\ :extended)

  def to_iso8601(%{calendar: Calendar.ISO, year: year, month: month, day: day}, format) when format in [:basic, :extended] do
    Calendar.ISO.date_to_string(year, month, day, format)
  end

  def to_iso8601(%{calendar: _} = date, format) when format in [:basic, :extended] do
    date |> convert!(Calendar.ISO) |> to_iso8601(format)
  end

  def to_erl(date) do
    %{year: year, month: month, day: day} = convert!(date, Calendar.ISO)
    {year, month, day}
  end

  def from_erl(tuple, calendar \\ Calendar.ISO)

  def from_erl({year, month, day}, calendar) do
    with {:ok, date} <- new(year, month, day, Calendar.ISO), do: convert(date, calendar)
  end

  def from_erl!(tuple, calendar \\ Calendar.ISO) do
    case from_erl(tuple, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to date, reason: #{inspect(reason)}"
    end
  end

  def from_gregorian_days(days, calendar \\ Calendar.ISO) when is_integer(days), do: from_iso_days({days, {0, 86_400_000_000}}, calendar)

  def to_gregorian_days(date) do
    {days, _} = to_iso_days(date)
    days
  end

  def compare(%{calendar: calendar} = date1, %{calendar: calendar} = date2) do
    %{year: year1, month: month1, day: day1} = date1
    %{year: year2, month: month2, day: day2} = date2
    order({year1, month1, day1}, {year2, month2, day2})
  end

  def compare(%{calendar: calendar1} = date1, %{calendar: calendar2} = date2) do
    if Calendar.compatible_calendars?(calendar1, calendar2) do
      order(to_iso_days(date1), to_iso_days(date2))
    else
      raise ArgumentError, """
      cannot compare #{inspect(date1)} with #{inspect(date2)}.

      This comparison would be ambiguous as their calendars have incompatible day rollover moments.
      Specify an exact time of day (using DateTime) to resolve this ambiguity
      """
    end
  end

  defp order(first, second) when first > second, do: :gt
  defp order(first, second) when first < second, do: :lt
  defp order(_first, _second), do: :eq

  def convert(%{calendar: calendar, year: year, month: month, day: day}, calendar) do
    {:ok, %Date{calendar: calendar, year: year, month: month, day: day}}
  end

  def convert(%{calendar: calendar} = date, target_calendar) do
    if Calendar.compatible_calendars?(calendar, target_calendar) do
      {:ok, date |> to_iso_days() |> from_iso_days(target_calendar)}
    else
      {:error, :incompatible_calendars}
    end
  end

  def convert!(date, calendar) do
    case convert(date, calendar) do
      {:ok, value} -> value
      {:error, reason} ->
        raise ArgumentError, "cannot convert #{inspect(date)} to target calendar #{inspect(calendar)}, reason: #{inspect(reason)}"
    end
  end

  def add(%{calendar: calendar} = date, days) do
    {base_days, fraction} = to_iso_days(date)
    from_iso_days({base_days + days, fraction}, calendar)
  end

  def diff(%{calendar: calendar1} = date1, %{calendar: calendar2} = date2) do
    if Calendar.compatible_calendars?(calendar1, calendar2) do
      {days1, _} = to_iso_days(date1)
      {days2, _} = to_iso_days(date2)
      days1 - days2
    else
      raise ArgumentError,
            "cannot calculate the difference between #{inspect(date1)} and #{inspect(date2)} because their calendars are not compatible and thus the result would be ambiguous"
    end
  end

  def to_iso_days(%{calendar: Calendar.ISO, year: year, month: month, day: day}) do
    {Calendar.ISO.date_to_iso_days(year, month, day), {0, 86_400_000_000}}
  end

  def to_iso_days(%{calendar: calendar, year: year, month: month, day: day}) do
    calendar.naive_datetime_to_iso_days(year, month, day, 0, 0, 0, {0, 0})
  end

  defp from_iso_days({days, _}, Calendar.ISO) do
    {year, month, day} = Calendar.ISO.date_from_iso_days(days)
    %Date{year: year, month: month, day: day, calendar: Calendar.ISO}
  end

  defp from_iso_days(iso_days, calendar) do
    {year, month, day, _, _, _, _} = calendar.naive_datetime_from_iso_days(iso_days)
    %Date{year: year, month: month, day: day, calendar: calendar}
  end

  def day_of_week(date, starting_on \\ :default)

  def day_of_week(%{calendar: calendar, year: year, month: month, day: day}, starting_on) do
    {day_of_week, _first, _last} = calendar.day_of_week(year, month, day, starting_on)
    day_of_week
  end

  def beginning_of_week(date, starting_on \\ :default)

  def beginning_of_week(%{calendar: calendar, year: year, month: month, day: day} = date, starting_on) do
    case calendar.day_of_week(year, month, day, starting_on) do
      {day_of_week, day_of_week, _} -> %Date{calendar: calendar, year: year, month: month, day: day}
      {day_of_week, first_day_of_week, _} -> add(date, -(day_of_week - first_day_of_week))
    end
  end

  def end_of_week(date, starting_on \\ :default)

  def end_of_week(%{calendar: calendar, year: year, month: month, day: day} = date, starting_on) do
    case calendar.day_of_week(year, month, day, starting_on) do
      {day_of_week, _, day_of_week} -> %Date{calendar: calendar, year: year, month: month, day: day}
      {day_of_week, _, last_day_of_week} -> add(date, last_day_of_week - day_of_week)
    end
  end

  def day_of_year(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.day_of_year(year, month, day)
  def quarter_of_year(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.quarter_of_year(year, month, day)
  def year_of_era(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.year_of_era(year, month, day)
  def day_of_era(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.day_of_era(year, month, day)

  def beginning_of_month(%{year: year, month: month, calendar: calendar}) do
    %Date{year: year, month: month, day: 1, calendar: calendar}
  end

  def end_of_month(%{year: year, month: month, calendar: calendar} = date) do
    %Date{year: year, month: month, day: days_in_month(date), calendar: calendar}
  end

  def range(%{calendar: calendar} = first, %{calendar: calendar} = last) do
    {first_days, _} = to_iso_days(first)
    {last_days, _} = to_iso_days(last)
    range(first, first_days, last, last_days, calendar, if(first_days <= last_days, do: 1, else: -1))
  end

  def range(%{calendar: _, year: _, month: _, day: _}, %{calendar: _, year: _, month: _, day: _}) do
    raise ArgumentError, "both dates must have matching calendars"
  end

  def range(%{calendar: calendar} = first, %{calendar: calendar} = last, step) when is_integer(step) and step != 0 do
    {first_days, _} = to_iso_days(first)
    {last_days, _} = to_iso_days(last)
    range(first, first_days, last, last_days, calendar, step)
  end

  def range(%{calendar: _, year: _, month: _, day: _} = first, %{calendar: _, year: _, month: _, day: _} = last, step) do
    raise ArgumentError,
          "both dates must have matching calendar and the step must be a non-zero integer, got: #{inspect(first)}, #{inspect(last)}, #{step}"
  end

  defp range(first, first_days, last, last_days, calendar, step) do
    %Date.Range{
      first: %Date{calendar: calendar, year: first.year, month: first.month, day: first.day},
      last: %Date{calendar: calendar, year: last.year, month: last.month, day: last.day},
      first_in_iso_days: first_days,
      last_in_iso_days: last_days,
      step: step
    }
  end
end
