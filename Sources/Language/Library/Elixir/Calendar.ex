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

  # strftime walks the format once, collecting iodata. A directive is `%`, optional flags
  # (`-` no padding, `_` spaces, `0` zeroes), an optional width, then one letter; each
  # letter has its default padding and width, as Elixir 1.14's table says.
  def strftime(datetime, format, options \\ []) when is_map(datetime) and is_binary(format) do
    settings = strftime_settings(options)
    format |> strftime_parts(datetime, settings) |> IO.iodata_to_binary()
  end

  defp strftime_parts(format, datetime, settings), do: strftime_parts(format, datetime, settings, [])

  defp strftime_parts("", _datetime, _settings, parts), do: Enum.reverse(parts)

  defp strftime_parts("%" <> rest, datetime, settings, parts) do
    {pad, width, rest} = strftime_modifiers(rest, nil, nil)
    {part, rest} = strftime_directive(rest, pad, width, datetime, settings)
    strftime_parts(rest, datetime, settings, [part | parts])
  end

  defp strftime_parts(<<byte, rest::binary>>, datetime, settings, parts) do
    strftime_parts(rest, datetime, settings, [byte | parts])
  end

  defp strftime_modifiers("-" <> rest, width, nil), do: strftime_modifiers(rest, width, "")
  defp strftime_modifiers("_" <> rest, width, nil), do: strftime_modifiers(rest, width, ?\s)
  defp strftime_modifiers("0" <> rest, nil, nil), do: strftime_modifiers(rest, nil, ?0)

  defp strftime_modifiers(<<digit, rest::binary>>, width, pad) when digit in ?0..?9 do
    strftime_modifiers(rest, (width || 0) * 10 + digit - ?0, pad)
  end

  defp strftime_modifiers(<<letter, _::binary>> = rest, width, pad) do
    {pad || strftime_default_pad(letter), width || strftime_default_width(letter), rest}
  end

  defp strftime_modifiers(rest, width, pad), do: {pad, width, rest}

  defp strftime_default_pad(letter) when letter in 'aAbBpPZ', do: ?\s
  defp strftime_default_pad(_letter), do: ?0

  defp strftime_default_width(letter) when letter in 'dHImMSy', do: 2
  defp strftime_default_width(?j), do: 3
  defp strftime_default_width(letter) when letter in 'Yz', do: 4
  defp strftime_default_width(_letter), do: 0

  defp strftime_directive(<<letter, rest::binary>>, pad, width, datetime, settings) when letter in 'cxX' do
    {key, invoked} = strftime_preferred(letter)

    if Map.fetch!(settings, invoked) do
      raise ArgumentError, "tried to format #{key} within another #{key} format"
    end

    parts = strftime_parts(Map.fetch!(settings, key), datetime, Map.put(settings, invoked, true))
    {strftime_pad_parts(parts, width, pad), rest}
  end

  defp strftime_directive("f" <> rest, _pad, _width, datetime, _settings) do
    {microsecond, precision} = datetime.microsecond
    digits = microsecond |> Integer.to_string() |> String.pad_leading(6, "0")
    {binary_part(digits, 0, max(precision, 1)), rest}
  end

  defp strftime_directive("z" <> rest, pad, width, %{utc_offset: utc, std_offset: std}, _settings) do
    offset = utc + std
    minutes = div(abs(offset), 60)
    digits = Integer.to_string(div(minutes, 60) * 100 + rem(minutes, 60))
    sign = if offset >= 0, do: "+", else: "-"
    {[sign | strftime_pad(digits, width, pad)], rest}
  end

  defp strftime_directive("z" <> rest, _pad, _width, _datetime, _settings), do: {"", rest}

  defp strftime_directive(<<letter, rest::binary>>, pad, width, datetime, settings) when letter in '%aAbBdHIjmMpPqSuyYZ' do
    {strftime_pad(strftime_text(letter, datetime, settings), width, pad), rest}
  end

  defp strftime_directive(rest, _pad, _width, _datetime, _settings) do
    {next, _} = String.next_grapheme(rest) || {"", ""}
    raise ArgumentError, "invalid strftime format: %#{next}"
  end

  defp strftime_preferred(?c), do: {:preferred_datetime, :preferred_datetime_invoked}
  defp strftime_preferred(?x), do: {:preferred_date, :preferred_date_invoked}
  defp strftime_preferred(?X), do: {:preferred_time, :preferred_time_invoked}

  defp strftime_text(?%, _datetime, _settings), do: "%"
  defp strftime_text(?a, datetime, settings), do: settings.abbreviated_day_of_week_names.(Date.day_of_week(datetime))
  defp strftime_text(?A, datetime, settings), do: settings.day_of_week_names.(Date.day_of_week(datetime))
  defp strftime_text(?b, datetime, settings), do: settings.abbreviated_month_names.(datetime.month)
  defp strftime_text(?B, datetime, settings), do: settings.month_names.(datetime.month)
  defp strftime_text(?d, datetime, _settings), do: Integer.to_string(datetime.day)
  defp strftime_text(?H, datetime, _settings), do: Integer.to_string(datetime.hour)
  defp strftime_text(?I, datetime, _settings), do: Integer.to_string(rem(datetime.hour + 23, 12) + 1)
  defp strftime_text(?j, datetime, _settings), do: Integer.to_string(Date.day_of_year(datetime))
  defp strftime_text(?m, datetime, _settings), do: Integer.to_string(datetime.month)
  defp strftime_text(?M, datetime, _settings), do: Integer.to_string(datetime.minute)
  defp strftime_text(?p, datetime, settings), do: String.upcase(strftime_am_pm(datetime.hour, settings))
  defp strftime_text(?P, datetime, settings), do: String.downcase(strftime_am_pm(datetime.hour, settings))
  defp strftime_text(?q, datetime, _settings), do: Integer.to_string(Date.quarter_of_year(datetime))
  defp strftime_text(?S, datetime, _settings), do: Integer.to_string(datetime.second)
  defp strftime_text(?u, datetime, _settings), do: Integer.to_string(Date.day_of_week(datetime))
  defp strftime_text(?y, datetime, _settings), do: Integer.to_string(rem(datetime.year, 100))
  defp strftime_text(?Y, datetime, _settings), do: Integer.to_string(datetime.year)
  defp strftime_text(?Z, datetime, _settings), do: Map.get(datetime, :zone_abbr, "")

  defp strftime_am_pm(hour, settings) when hour > 11, do: settings.am_pm_names.(:pm)
  defp strftime_am_pm(_hour, settings), do: settings.am_pm_names.(:am)

  # Pads a string by its bytes, as Elixir does (a multi-byte name counts each byte).
  defp strftime_pad(text, width, pad) do
    missing = width - byte_size(text)
    if missing > 0, do: [List.duplicate(pad, missing) | text], else: text
  end

  # A preferred representation is padded by its count of parts, as Elixir 1.14 does.
  defp strftime_pad_parts(parts, width, pad) when length(parts) < width, do: strftime_pad_parts([pad | parts], width, pad)
  defp strftime_pad_parts(parts, _width, _pad), do: parts

  defp strftime_settings(options) do
    Enum.reduce(options, strftime_defaults(), fn {key, value}, settings ->
      if Map.has_key?(settings, key) do
        %{settings | key => value}
      else
        raise ArgumentError, "unknown option #{inspect(key)} given to Calendar.strftime/3"
      end
    end)
  end

  defp strftime_defaults do
    %{
      preferred_date: "%Y-%m-%d",
      preferred_time: "%H:%M:%S",
      preferred_datetime: "%Y-%m-%d %H:%M:%S",
      am_pm_names: fn :am -> "am"; :pm -> "pm" end,
      month_names: &strftime_month_name/1,
      day_of_week_names: &strftime_day_name/1,
      abbreviated_month_names: &(&1 |> strftime_month_name() |> binary_part(0, 3)),
      abbreviated_day_of_week_names: &(&1 |> strftime_day_name() |> binary_part(0, 3)),
      preferred_datetime_invoked: false,
      preferred_date_invoked: false,
      preferred_time_invoked: false
    }
  end

  defp strftime_month_name(month) do
    elem({"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}, month - 1)
  end

  defp strftime_day_name(day) do
    elem({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}, day - 1)
  end
end
