#!/usr/bin/env python3
"""Mask the parts of an Elixir run's output that change from run to run.

usage: normalize.py [--exunit | --exunit-whole FILE] < raw > normalized
Same rules as ../shared/conformance/run (beside the repository): pids, references and function
inspects are masked, log time stamps, stack-frame lines, blank lines and
ExUnit timing lines are dropped, trailing spaces are trimmed. With --exunit
only failure headers ("  1) test ...") and the "N tests, N failures" line stay.
With --exunit-whole FILE, failure blocks stay whole (unnumbered, sorted by test name)
and the stack frames of FILE are kept, as the conformance runner compares them.
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
DOTS = re.compile(r"^\.+$")
FAILURE_HEAD = re.compile(r"^\s+\d+\) (test .*)")


def normalized_lines(text, exunit, own_file=None):
    """Yield the lines of text that survive normalization, masked."""
    for line in text.replace("\r\n", "\n").split("\n"):
        line = TIME_STAMP.sub("", line)
        for pattern, mask in MASKS:
            line = pattern.sub(mask, line)
        line = line.rstrip()
        if not line or TIMING.match(line):
            continue
        if STACK_FRAME.match(line) and not (own_file and line.strip().startswith(own_file + ":")):
            continue
        if own_file and DOTS.match(line):
            continue
        if exunit and not EXUNIT_SUMMARY.match(line):
            continue
        yield line


def sorted_failure_blocks(lines):
    """ExUnit's numbered failure blocks, unnumbered and sorted by test name, after the lines
    before the first block and before the other lines after it (the conformance runner's rule)."""
    head, blocks, current = [], [], None
    for line in lines:
        match = FAILURE_HEAD.match(line)
        if match:
            current = [match.group(1)]
            blocks.append(current)
        elif current is not None and line.startswith("     "):
            current.append(line)
        else:
            current = None
            (blocks.append([line]) if blocks else head.append(line))
    failures = sorted(b for b in blocks if b[0].startswith("test "))
    rest = [b for b in blocks if not b[0].startswith("test ")]
    return head + [l for b in failures for l in b] + [l for b in rest for l in b]


def main():
    args = sys.argv[1:]
    own_file = args[args.index("--exunit-whole") + 1] if "--exunit-whole" in args else None
    lines = list(normalized_lines(sys.stdin.read(), "--exunit" in args, own_file))
    if own_file:
        lines = sorted_failure_blocks(lines)
    sys.stdout.write("\n".join(lines) + ("\n" if lines else ""))


if __name__ == "__main__":
    main()
