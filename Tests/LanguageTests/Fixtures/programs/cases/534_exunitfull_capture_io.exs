ExUnit.start()
defmodule CaptureTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  test "captures what the function prints" do
    assert capture_io(fn -> IO.puts("hi"); IO.write("there") end) == "hi\nthere"
  end
  test "captures standard error apart" do
    output = capture_io(:stderr, fn -> IO.puts(:stderr, "oops") end)
    assert output == "oops\n"
  end
  test "a raise inside still ends the capture" do
    assert_raise RuntimeError, fn -> capture_io(fn -> raise "inside" end) end
    assert capture_io(fn -> IO.write("after") end) == "after"
  end
  test "a wrong expectation shows the captured text" do
    assert capture_io(fn -> IO.puts("actual") end) == "expected\n"
  end
end
