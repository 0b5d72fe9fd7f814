r = ~r/abc
