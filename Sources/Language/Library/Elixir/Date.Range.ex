# Date.Range: the days from `first` to `last` by `step` (`Date.range/2,3`), enumerable (Enumerable.Date.Range.ex).
defmodule Date.Range do
  defstruct [:first, :last, :first_in_iso_days, :last_in_iso_days, :step]
end
