#!/usr/bin/env bash
# Re-records the parser oracle tables from real Elixir 1.14 (needs `elixir` on PATH).
set -euo pipefail
cd "$(dirname "$0")"
elixir record.exs
