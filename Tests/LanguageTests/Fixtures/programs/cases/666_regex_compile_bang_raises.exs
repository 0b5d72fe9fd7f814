IO.inspect(Regex.compile!("a.c"))
Regex.compile!("(unclosed")
