#!/usr/bin/env bash
# Record what real Elixir 1.14 prints for the fixture programs.
#
# usage: record.sh              re-record every cases/NNN_topic_what.exs
#        record.sh NAME...      re-record only these (NNN_topic_what, with or without .exs)
#
# Each program runs as `elixir NNN_topic_what.exs` from inside cases/, stdin from
# /dev/null. Its stdout, stderr and exit code are normalized by normalize.py (the
# conformance runner's rules) and written to expected/NNN_topic_what.{out,err,code}.
# Programs whose name contains "exunit" keep only ExUnit failure headers and the
# summary line; those whose name contains "exunitfull" keep failure blocks whole (sorted,
# with their own file's stack frames), as the conformance runner compares them. The layout matches the shared conformance corpus, so its runner works (from the repository root):
#   ../shared/conformance/run --cases Tests/LanguageTests/Fixtures/programs/cases -- proctor run
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cases="$here/cases"
expected="$here/expected"
timeout_seconds=60

if ! elixir --version 2>/dev/null | grep -q "Elixir 1.14"; then
  echo "record.sh: needs Elixir 1.14 on PATH (apt-get install -y elixir)" >&2
  exit 2
fi

record_one() {
  local stem="${1%.exs}"
  local program="$cases/$stem.exs"
  [[ -f "$program" ]] || { echo "record.sh: no such program: $program" >&2; return 1; }
  local flag="" raw_out raw_err code
  [[ "$stem" == *exunit* ]] && flag="--exunit"
  [[ "$stem" == *exunitfull* ]] && flag="--exunit-whole $stem.exs"
  raw_out="$(mktemp)"; raw_err="$(mktemp)"
  code=0
  (cd "$cases" && timeout "$timeout_seconds" elixir "$stem.exs" </dev/null >"$raw_out" 2>"$raw_err") || code=$?
  python3 "$here/normalize.py" $flag <"$raw_out" >"$expected/$stem.out"
  python3 "$here/normalize.py" $flag <"$raw_err" >"$expected/$stem.err"
  printf '%s' "$code" >"$expected/$stem.code"
  rm -f "$raw_out" "$raw_err"
  echo "recorded $stem (exit $code)"
}

mkdir -p "$expected"
if (( $# > 0 )); then
  for name in "$@"; do record_one "$(basename "$name")"; done
else
  for program in "$cases"/*.exs; do record_one "$(basename "$program")"; done
fi
