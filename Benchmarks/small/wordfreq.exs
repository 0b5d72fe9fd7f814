# Count the words of a 2,000-word text and list the ten most frequent.
defmodule WordFreq do
  @words ~w(the process sends a message to another and waits for reply while its mailbox
            holds every message that has not been received yet so selective receive can
            skip them until one matches pattern spawn link monitor exit signal trap)

  def text(count) do
    words = List.to_tuple(@words)
    size = tuple_size(words)
    Enum.map_join(1..count, " ", fn i -> elem(words, rem(i * 7919 + div(i, 13), size)) end)
  end

  def top(text, n) do
    text
    |> String.split()
    |> Enum.reduce(%{}, fn word, counts -> Map.update(counts, word, 1, &(&1 + 1)) end)
    |> Enum.sort_by(fn {word, count} -> {-count, word} end)
    |> Enum.take(n)
    |> Enum.map(fn {word, count} -> "#{word}=#{count}" end)
    |> Enum.join(" ")
  end
end

text = WordFreq.text(2_000)
{microseconds, top} = :timer.tc(fn -> WordFreq.top(text, 10) end)
IO.puts("top #{top}")
IO.puts("wordfreq_us #{microseconds}")
