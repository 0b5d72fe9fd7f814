# Enumerable for Date.Range: see Enumerable.ex.
defmodule Enumerable.Date.Range do
  def member?(%Date.Range{first: %{calendar: calendar}, first_in_iso_days: first_days, last_in_iso_days: last_days, step: step} = range, %Date{calendar: calendar} = date) do
    {days, _} = Date.to_iso_days(date)
    cond do
      size(range) == 0 -> {:ok, false}
      first_days <= last_days -> {:ok, first_days <= days and days <= last_days and rem(days - first_days, step) == 0}
      true -> {:ok, last_days <= days and days <= first_days and rem(days - first_days, step) == 0}
    end
  end

  def member?(%Date.Range{}, _), do: {:ok, false}

  def count(range), do: {:ok, size(range)}

  def slice(_range), do: {:error, __MODULE__}

  def reduce(%Date.Range{first_in_iso_days: first_days, last_in_iso_days: last_days, first: %{calendar: calendar}, step: step}, acc, fun) do
    reduce(first_days, last_days, acc, fun, step, calendar)
  end

  defp reduce(_first_days, _last_days, {:halt, acc}, _fun, _step, _calendar), do: {:halted, acc}

  defp reduce(first_days, last_days, {:suspend, acc}, fun, step, calendar) do
    {:suspended, acc, &reduce(first_days, last_days, &1, fun, step, calendar)}
  end

  defp reduce(first_days, last_days, {:cont, acc}, fun, step, calendar)
       when (step > 0 and first_days <= last_days) or (step < 0 and first_days >= last_days) do
    reduce(first_days + step, last_days, fun.(Date.from_gregorian_days(first_days, calendar), acc), fun, step, calendar)
  end

  defp reduce(_, _, {:cont, acc}, _fun, _step, _calendar), do: {:done, acc}

  defp size(%Date.Range{first_in_iso_days: first_days, last_in_iso_days: last_days, step: step}) when step > 0 and first_days > last_days, do: 0
  defp size(%Date.Range{first_in_iso_days: first_days, last_in_iso_days: last_days, step: step}) when step < 0 and first_days < last_days, do: 0
  defp size(%Date.Range{first_in_iso_days: first_days, last_in_iso_days: last_days, step: step}), do: abs(div(last_days - first_days, step)) + 1
end
