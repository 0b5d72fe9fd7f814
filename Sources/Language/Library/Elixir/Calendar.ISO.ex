# Calendar.ISO: the proleptic Gregorian calendar of ISO 8601, the only calendar proctor has.
# Parsing is the Swift builtin `:proctor.parse_iso8601/3` (the date sigils use the same parser
# when a program is compiled); day counting is here, in "ISO days" since 0000-01-01.
defmodule Calendar.ISO do
  def parse_date(string, format \\ :extended) when is_binary(string) and format in [:extended, :basic],
    do: :proctor.parse_iso8601(:date, string, format)

  def parse_time(string, format \\ :extended) when is_binary(string) and format in [:extended, :basic],
    do: :proctor.parse_iso8601(:time, string, format)

  def parse_naive_datetime(string, format \\ :extended) when is_binary(string) and format in [:extended, :basic],
    do: :proctor.parse_iso8601(:naive_datetime, string, format)

  def parse_utc_datetime(string, format \\ :extended) when is_binary(string) and format in [:extended, :basic],
    do: :proctor.parse_iso8601(:utc_datetime, string, format)

  def leap_year?(year) when is_integer(year) and year >= -9999 and year <= 9999 do
    rem(year, 4) == 0 and (rem(year, 100) != 0 or rem(year, 400) == 0)
  end

  def days_in_month(year, 2), do: if(leap_year?(year), do: 29, else: 28)
  def days_in_month(_year, month) when month in [4, 6, 9, 11], do: 30
  def days_in_month(_year, month) when month in 1..12, do: 31

  def months_in_year(_year), do: 12

  def valid_date?(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day) do
    year in -9999..9999 and month in 1..12 and day in 1..days_in_month(year, month)
  end

  def valid_time?(hour, minute, second, {microsecond, precision})
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(microsecond) do
    hour in 0..23 and minute in 0..59 and second in 0..59 and microsecond in 0..999_999 and precision in 0..6
  end

  def day_rollover_relative_to_midnight_utc(), do: {0, 1}

  def date_to_iso_days(year, month, day) do
    shifted_year = if month <= 2, do: year - 1, else: year
    era = Integer.floor_div(shifted_year, 400)
    year_of_era = shifted_year - era * 400
    day_of_year = div(153 * rem(month + 9, 12) + 2, 5) + day - 1
    day_of_era = year_of_era * 365 + div(year_of_era, 4) - div(year_of_era, 100) + day_of_year
    era * 146_097 + day_of_era + 60
  end

  def date_from_iso_days(days) do
    shifted = days - 60
    era = Integer.floor_div(shifted, 146_097)
    day_of_era = shifted - era * 146_097
    year_of_era = div(day_of_era - div(day_of_era, 1460) + div(day_of_era, 36524) - div(day_of_era, 146_096), 365)
    day_of_year = day_of_era - (365 * year_of_era + div(year_of_era, 4) - div(year_of_era, 100))
    month_index = div(5 * day_of_year + 2, 153)
    day = day_of_year - div(153 * month_index + 2, 5) + 1
    month = if month_index < 10, do: month_index + 3, else: month_index - 9
    year = year_of_era + era * 400 + if(month <= 2, do: 1, else: 0)
    {year, month, day}
  end

  def naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond) do
    {date_to_iso_days(year, month, day), time_to_day_fraction(hour, minute, second, microsecond)}
  end

  def naive_datetime_from_iso_days({days, day_fraction}) do
    {year, month, day} = date_from_iso_days(days)
    {hour, minute, second, microsecond} = time_from_day_fraction(day_fraction)
    {year, month, day, hour, minute, second, microsecond}
  end

  def time_to_day_fraction(hour, minute, second, {microsecond, _}) do
    {(hour * 3600 + minute * 60 + second) * 1_000_000 + microsecond, 86_400_000_000}
  end

  def time_from_day_fraction({parts, parts_per_day}) do
    total = div(parts * 86_400_000_000, parts_per_day)
    {div(total, 3_600_000_000), rem(div(total, 60_000_000), 60), rem(div(total, 1_000_000), 60), {rem(total, 1_000_000), 6}}
  end

  def iso_days_to_unit({days, {parts, parts_per_day}}, unit) do
    System.convert_time_unit(days * 86_400_000_000 + div(parts * 86_400_000_000, parts_per_day), :microsecond, unit)
  end

  def add_day_fraction_to_iso_days({days, {parts, parts_per_day}}, add, parts_per_day), do: normalize_iso_days(days, parts + add, parts_per_day)

  def add_day_fraction_to_iso_days({days, {parts, parts_per_day}}, add, add_parts_per_day) do
    gcd = Integer.gcd(parts_per_day, add_parts_per_day)
    normalize_iso_days(days, div(parts * add_parts_per_day + add * parts_per_day, gcd), div(parts_per_day * add_parts_per_day, gcd))
  end

  defp normalize_iso_days(days, parts, parts_per_day) do
    days_offset = div(parts, parts_per_day)
    parts = rem(parts, parts_per_day)
    if parts < 0, do: {days + days_offset - 1, {parts + parts_per_day, parts_per_day}}, else: {days + days_offset, {parts, parts_per_day}}
  end

  def gregorian_seconds_to_iso_days(seconds, microsecond) do
    days = Integer.floor_div(seconds, 86400)
    {days, {(seconds - days * 86400) * 1_000_000 + microsecond, 86_400_000_000}}
  end

  def day_of_week(year, month, day), do: day_of_week(year, month, day, :default) |> elem(0)

  def day_of_week(year, month, day, starting_on) do
    {iso_days_to_day_of_week(date_to_iso_days(year, month, day), starting_on), 1, 7}
  end

  def iso_days_to_day_of_week(iso_days, starting_on) do
    Integer.mod(iso_days + day_of_week_offset(starting_on), 7) + 1
  end

  defp day_of_week_offset(:default), do: 5
  defp day_of_week_offset(:wednesday), do: 3
  defp day_of_week_offset(:thursday), do: 2
  defp day_of_week_offset(:friday), do: 1
  defp day_of_week_offset(:saturday), do: 0
  defp day_of_week_offset(:sunday), do: 6
  defp day_of_week_offset(:monday), do: 5
  defp day_of_week_offset(:tuesday), do: 4

  def day_of_year(year, month, day), do: date_to_iso_days(year, month, day) - date_to_iso_days(year, 1, 1) + 1

  def quarter_of_year(_year, month, _day) when month in 1..12, do: div(month - 1, 3) + 1

  def year_of_era(year) when year in 1..9999, do: {year, 1}
  def year_of_era(year) when year in -9999..0, do: {abs(year) + 1, 0}
  def year_of_era(year, _month, _day), do: year_of_era(year)

  def day_of_era(year, month, day) when year in 1..9999, do: {date_to_iso_days(year, month, day) - 365, 1}
  def day_of_era(year, month, day) when year in -9999..0, do: {abs(date_to_iso_days(year, month, day) - 366), 0}

  def date_to_string(year, month, day, format \\ :extended)

  def date_to_string(year, month, day, :extended) when is_integer(year) and is_integer(month) and is_integer(day) do
    zero_pad(year, 4) <> "-" <> zero_pad(month, 2) <> "-" <> zero_pad(day, 2)
  end

  def date_to_string(year, month, day, :basic) when is_integer(year) and is_integer(month) and is_integer(day) do
    zero_pad(year, 4) <> zero_pad(month, 2) <> zero_pad(day, 2)
  end

  def time_to_string(hour, minute, second, microsecond, format \\ :extended)

  def time_to_string(hour, minute, second, {_, precision} = microsecond, format)
      when hour in 0..23 and minute in 0..59 and second in 0..59 and precision in 0..6 and format in [:basic, :extended] do
    separator = if format == :extended, do: ":", else: ""
    zero_pad(hour, 2) <> separator <> zero_pad(minute, 2) <> separator <> zero_pad(second, 2) <> fraction(microsecond)
  end

  defp fraction({_, 0}), do: ""
  defp fraction({microsecond, precision}), do: "." <> binary_part(zero_pad(microsecond, 6), 0, precision)

  def naive_datetime_to_string(year, month, day, hour, minute, second, microsecond, format \\ :extended) do
    date_to_string(year, month, day, format) <> " " <> time_to_string(hour, minute, second, microsecond, format)
  end

  def datetime_to_string(year, month, day, hour, minute, second, microsecond, time_zone, zone_abbr, utc_offset, std_offset, format \\ :extended) do
    naive_datetime_to_string(year, month, day, hour, minute, second, microsecond, format) <>
      offset_to_string(utc_offset, std_offset, time_zone, format) <> zone_to_string(zone_abbr, time_zone)
  end

  def offset_to_string(0, 0, "Etc/UTC", _format), do: "Z"

  def offset_to_string(utc_offset, std_offset, _zone, format) do
    total = utc_offset + std_offset
    seconds = abs(total)
    sign = if total < 0, do: "-", else: "+"
    separator = if format == :extended, do: ":", else: ""
    sign <> zero_pad(div(seconds, 3600), 2) <> separator <> zero_pad(seconds |> rem(3600) |> div(60), 2)
  end

  defp zone_to_string(_abbr, "Etc/UTC"), do: ""
  defp zone_to_string(abbr, zone), do: " " <> abbr <> " " <> zone

  def from_unix(integer, unit) when is_integer(integer) do
    total = System.convert_time_unit(integer, unit, :microsecond)
    if total in -377_705_116_800_000_000..253_402_300_799_999_999 do
      seconds = Integer.floor_div(total, 1_000_000) + 62_167_219_200
      days = Integer.floor_div(seconds, 86400)
      in_day = seconds - days * 86400
      time = {div(in_day, 3600), rem(div(in_day, 60), 60), rem(in_day, 60)}
      {:ok, date_from_iso_days(days), time, {Integer.mod(total, 1_000_000), precision_for_unit(unit)}}
    else
      {:error, :invalid_unix_time}
    end
  end

  defp precision_for_unit(unit) do
    case System.convert_time_unit(1, :second, unit) do
      1 -> 0
      10 -> 1
      100 -> 2
      1_000 -> 3
      10_000 -> 4
      100_000 -> 5
      _ -> 6
    end
  end

  defp zero_pad(value, count) when value >= 0, do: String.pad_leading(Integer.to_string(value), count, "0")
  defp zero_pad(value, count), do: "-" <> zero_pad(-value, count)
end
