try do
  :calendar.last_day_of_the_month(2023, 13)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :calendar.date_to_gregorian_days(2023, 2, 30)
rescue
  e -> IO.inspect(e)
end
try do
  :calendar.gregorian_days_to_date(-1)
rescue
  e -> IO.puts(Exception.message(e))
end
:calendar.day_of_the_week(2023, 2, 30)
