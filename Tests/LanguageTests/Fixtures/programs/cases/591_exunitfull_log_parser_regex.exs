defmodule LogParser do
  @line ~r/^\[(?<level>DEBUG|INFO|WARNING|ERROR)\]\s+(?<ts>\d{4}-\d\d-\d\d)\s+(?<msg>.*)$/

  def valid_line?(line), do: line =~ ~r/^\[(DEBUG|INFO|WARNING|ERROR)\]/

  def split_line(line), do: String.split(line, ~r/<[~*=-]*>/)

  def remove_artifacts(line), do: Regex.replace(~r/end-of-line\d+/i, line, "")

  def tag_with_user_name(line) do
    case Regex.run(~r/User\s+(\S+)/u, line) do
      [_, name] -> "[USER] #{name} #{line}"
      nil -> line
    end
  end

  def parse(line) do
    case Regex.named_captures(@line, line) do
      nil -> {:error, :unparsable}
      %{"level" => level, "ts" => ts, "msg" => msg} -> {:ok, {String.to_atom(String.downcase(level)), ts, msg}}
    end
  end

  def count_words(text), do: ~r/\w+/ |> Regex.scan(text) |> length()
end

ExUnit.start(seed: 0)

defmodule LogParserTest do
  use ExUnit.Case

  test "valid" do
    assert LogParser.valid_line?("[ERROR] x")
    refute LogParser.valid_line?("[BOB] x")
  end

  test "split" do
    assert LogParser.split_line("[INFO] a<--->b<=>c<>d") == ["[INFO] a", "b", "c", "d"]
  end

  test "artifacts" do
    assert LogParser.remove_artifacts("x end-of-line23 y END-OF-LINE1") == "x  y "
  end

  test "user" do
    assert LogParser.tag_with_user_name("[WARN] User  Alice1 logged") == "[USER] Alice1 [WARN] User  Alice1 logged"
  end

  test "parse" do
    assert LogParser.parse("[INFO] 2023-01-02 started") == {:ok, {:info, "2023-01-02", "started"}}
    assert LogParser.parse("garbage") == {:error, :unparsable}
  end

  test "regex functions" do
    IO.inspect(Regex.scan(~r/(\d)(\w)/, "1a 2b 3c"))
    IO.inspect(Regex.run(~r/l+/, "hello", return: :index))
    IO.inspect(Regex.split(~r/\s*,\s*/, "a , b,c", trim: true))
    IO.inspect(Regex.replace(~r/(\w+)@(\w+)/, "me@host", "\\2 at \\1"))
    IO.inspect(Regex.replace(~r/\d/, "a1b2", fn d -> "<#{d}>" end))
    IO.inspect(Regex.source(~r/ab+c/i))
    IO.inspect(Regex.escape("1.5*2"))
    IO.inspect(~r/foo/i)
    IO.inspect(Regex.compile("(unclosed"))
    IO.inspect(String.replace("aaa", ~r/a/, "b", global: false))
    IO.inspect(LogParser.count_words("one two, three!"))
  end

  test "regex mismatch shows =~" do
    assert "hello" =~ ~r/^world/
  end
end
