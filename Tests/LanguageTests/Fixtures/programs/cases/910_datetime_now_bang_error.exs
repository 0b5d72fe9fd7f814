IO.puts(DateTime.now!("Etc/UTC").time_zone)
DateTime.now!("Europe/Paris")
