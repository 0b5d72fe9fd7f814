defmodule Text do
  def acronym(phrase) do
    phrase
    |> String.split([" ", "-", "_"], trim: true)
    |> Enum.map(&String.first/1)
    |> Enum.join()
    |> String.upcase()
  end

  def pangram?(sentence) do
    letters = sentence |> String.downcase() |> String.graphemes() |> MapSet.new()
    ?a..?z |> Enum.map(&<<&1>>) |> Enum.all?(&MapSet.member?(letters, &1))
  end

  def isogram?(word) do
    chars = word |> String.downcase() |> String.replace(~r/[\s-]/, "") |> String.graphemes()
    length(chars) == length(Enum.uniq(chars))
  end

  def rotate(text, shift) do
    text
    |> String.to_charlist()
    |> Enum.map(fn
      c when c in ?a..?z -> rem(c - ?a + shift, 26) + ?a
      c when c in ?A..?Z -> rem(c - ?A + shift, 26) + ?A
      c -> c
    end)
    |> List.to_string()
  end

  def bob(input) do
    input = String.trim(input)

    cond do
      input == "" -> "Fine. Be that way!"
      shouting?(input) and String.ends_with?(input, "?") -> "Calm down, I know what I'm doing!"
      shouting?(input) -> "Whoa, chill out!"
      String.ends_with?(input, "?") -> "Sure."
      true -> "Whatever."
    end
  end

  defp shouting?(s), do: String.upcase(s) == s and String.downcase(s) != s
end

ExUnit.start(seed: 0)

defmodule TextTest do
  use ExUnit.Case

  test "acronym" do
    assert Text.acronym("Portable Network Graphics") == "PNG"
    assert Text.acronym("Complementary metal-oxide semiconductor") == "CMOS"
  end

  test "pangram" do
    assert Text.pangram?("The quick brown fox jumps over the lazy dog")
    refute Text.pangram?("a quick movement of the enemy")
  end

  test "isogram" do
    assert Text.isogram?("six-year-old")
    refute Text.isogram?("isograms")
  end

  test "rotational cipher" do
    assert Text.rotate("Testing 1 2 3 testing", 4) == "Xiwxmrk 1 2 3 xiwxmrk"
    assert Text.rotate("The quick brown fox", 13) == "Gur dhvpx oebja sbk"
  end

  test "bob" do
    assert Text.bob("WATCH OUT!") == "Whoa, chill out!"
    assert Text.bob("   ") == "Fine. Be that way!"
    assert Text.bob("WHAT?") == "Calm down, I know what I'm doing!"
    assert Text.bob("1, 2, 3") == "Whatever."
  end

  test "refute failure" do
    refute Text.pangram?("abcdefghijklmnopqrstuvwxyz")
  end

  test "string funcs" do
    IO.inspect(String.split("a,b,,c", ",", parts: 2))
    IO.inspect(String.pad_leading("7", 3, "0"))
    IO.inspect(String.pad_trailing("ab", 5) <> "|")
    IO.inspect(String.slice("hello world", 3..-2))
    IO.inspect(String.reverse("résumé"))
    IO.inspect(String.codepoints("añb"))
    IO.inspect(String.capitalize("élan VITAL"))
    IO.inspect(String.upcase("straße"))
    IO.inspect(String.upcase("ıi", :turkic))
    IO.inspect(String.downcase("ΣΑΣ", :greek))
    IO.inspect(String.downcase("İI", :turkic))
    IO.inspect(String.upcase("abc", :ascii))
  end
end
