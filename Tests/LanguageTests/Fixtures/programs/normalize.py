#!/usr/bin/env python3
"""Mask the parts of an Elixir run's output that change from run to run.

usage: normalize.py [--exunit] < raw > normalized
Same rules as ../shared/conformance/run (beside the repository): pids, references and function
inspects are masked, log time stamps, stack-frame lines, blank lines and
ExUnit timing lines are dropped, trailing spaces are trimmed. With --exunit
only failure headers ("  1) test ...") and the "N tests, N failures" line stay.
"""
import re
import sys

MASKS = [
    (re.compile(r"#PID<\d+\.\d+\.\d+>"), "#PID<X>"),
    (re.compile(r"#Reference<[\d.]+>"), "#Reference<X>"),
    (re.compile(r"#Function<[^>]*>"), "#Function<X>"),
]
TIME_STAMP = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} ")
STACK_FRAME = re.compile(r"^\s+(\([^)]*\) )?[\w./<>-]+:\d+(:\d+)?: ")
TIMING = re.compile(r"^(Finished in \d|Randomized with seed \d)")
EXUNIT_SUMMARY = re.compile(r"^(\d+ tests?, \d+ failures?|\s+\d+\) test .*)")


def normalized_lines(text, exunit):
    """Yield the lines of text that survive normalization, masked."""
    for line in text.replace("\r\n", "\n").split("\n"):
        line = TIME_STAMP.sub("", line)
        for pattern, mask in MASKS:
            line = pattern.sub(mask, line)
        line = line.rstrip()
        if not line or STACK_FRAME.match(line) or TIMING.match(line):
            continue
        if exunit and not EXUNIT_SUMMARY.match(line):
            continue
        yield line


def main():
    exunit = "--exunit" in sys.argv[1:]
    lines = list(normalized_lines(sys.stdin.read(), exunit))
    sys.stdout.write("\n".join(lines) + ("\n" if lines else ""))


if __name__ == "__main__":
    main()
