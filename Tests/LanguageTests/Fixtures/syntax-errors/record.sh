#!/usr/bin/env bash
# Record the headline real Elixir 1.14 prints for each malformed program: the first
# line of its error report (`** (SyntaxError) NN_name.exs:1:12: syntax error before: ')'`).
#   record.sh             re-record every cases/NN_name.exs
#   record.sh NAME...     re-record only these
# Each program runs as `elixir NN_name.exs` from inside cases/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! elixir --version 2>/dev/null | grep -q "Elixir 1.14"; then
  echo "record.sh needs Elixir 1.14 (apt-get install -y elixir)" >&2
  exit 1
fi
cd "$here/cases"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then names=(*.exs); fi
for name in "${names[@]}"; do
  name="${name%.exs}"
  (elixir "$name.exs" < /dev/null 2>&1 || true) | grep -m1 '^\*\* (' > "$here/expected/$name.headline"
  echo "recorded $name: $(cat "$here/expected/$name.headline")"
done
