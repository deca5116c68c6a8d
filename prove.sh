#!/usr/bin/env bash
# The long reliability and security proofs of docs/reliability.md and docs/security.md: the tests marked
# [Trait("Category", "Long")] (60-second loads, crash loops, reconnects) and the web scanner. Ends with "N passed, N failed".
# Run after ./test.sh (which installs what the browser tests need); CI runs both through .ci/run.
set -uo pipefail
cd "$(dirname "$0")"

results="$PWD/artifacts/proof-results"
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build BeneluxClimate.sln -nologo -v quiet; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# One proof at a time: each loads both cores on purpose (writers, kills, timed reconnects), and two at once measure
# each other instead of the app.
dotnet test BeneluxClimate.Tests --no-build -nologo --filter "Category=Long" --logger "trx;LogFileName=long.trx" \
  --logger "console;verbosity=normal" --results-directory "$results" -- xUnit.ParallelizeTestCollections=false
status=$?

trx="$results/long.trx"
passed=0
failed=1
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$(count passed)
  failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
  [ "$failed" -gt 0 ] && python3 .ci/trx.py list "$trx"
  echo "Figures (also in $results/figures.jsonl):"
  python3 .ci/trx.py figures "$trx" | tee "$results/figures.jsonl" | sed 's/^/  /'
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1

# Each scan script prints "scan passed" or "scan failed: ..." as its last line.
for scan in scripts/scan-*.sh; do
  [ -e "$scan" ] || continue
  if bash "$scan" > "$results/$(basename "$scan" .sh).log" 2>&1; then
    passed=$(( passed + 1 ))
  else
    failed=$(( failed + 1 ))
    echo "FAILED $scan:"; tail -20 "$results/$(basename "$scan" .sh).log" | sed 's/^/    /'
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
