dt = ~U[2019-08-26 13:52:06.0Z]
IO.puts(Calendar.strftime(dt, "%c", preferred_datetime: "%H:%M:%S %d-%m-%y"))
IO.puts(Calendar.strftime(dt, "%x / %X", preferred_date: "%d.%m.%Y", preferred_time: "%Hh%M"))
portuguese = fn day -> elem({"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"}, day - 1) end
IO.puts(Calendar.strftime(dt, "%A", day_of_week_names: portuguese))
IO.puts(Calendar.strftime(~D[2019-08-31], "[%15A]", day_of_week_names: portuguese))
IO.puts(Calendar.strftime(dt, "%B", month_names: fn m -> "month#{m}" end))
IO.puts(Calendar.strftime(dt, "%b %a", abbreviated_month_names: &"M#{&1}", abbreviated_day_of_week_names: &"D#{&1}"))
IO.puts(Calendar.strftime(dt, "%p %P", am_pm_names: fn :am -> "vorm"; :pm -> "Nachm" end))
IO.puts(Calendar.strftime(dt, "%c", preferred_datetime: "%x %X"))
