#!/usr/bin/env bash
# Runs every test (domain, component, integration, browser) and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null \
    || { echo "Could not install chromium."; echo "0 passed, 1 failed"; exit 1; }
fi

if [ ! -x /usr/bin/redis-server ]; then
  echo "Installing Debian's redis-server for the scale-out tests..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq redis-server >/dev/null \
    || { echo "Could not install redis-server."; echo "0 passed, 1 failed"; exit 1; }
fi

results="$PWD/artifacts/test-results"
export SCREENSHOT_DIR="$PWD/artifacts/screenshots"
rm -rf "$results" "$SCREENSHOT_DIR"
mkdir -p "$results" "$SCREENSHOT_DIR"

if ! dotnet build BeneluxClimate.sln -nologo -v quiet; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test BeneluxClimate.Tests --no-build -nologo --logger "trx;LogFileName=tests.trx" --logger "console;verbosity=normal" --results-directory "$results"
status=$?

trx="$results/tests.trx"
if [ ! -f "$trx" ]; then
  echo "No test results were written."
  echo "0 passed, 1 failed"
  exit 1
fi

counters=$(grep -o '<Counters [^>]*>' "$trx")
count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
skipped=$(count notExecuted)

# CI keeps only the end of the log: name each failed test and its first message lines right above the totals.
list_failures() {
  python3 - "$trx" <<'PY' 2>/dev/null || grep -o 'testName="[^"]*"[^>]*outcome="Failed"' "$trx"
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for result in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if result.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
        continue
    message = result.findtext(".//t:Message", "", ns).strip().splitlines()
    print(f"FAILED {result.get('testName')}")
    for line in message[:6]:
        print(f"    {line[:300]}")
PY
}
[ "${failed:-0}" -gt 0 ] && list_failures

echo "Screenshots: $SCREENSHOT_DIR"
if [ "${skipped:-0}" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
